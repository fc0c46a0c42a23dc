#include "bindings/registry.h"

#include <memory>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "bindings/isolate_state.h"
#include "gtest/gtest.h"
#include "v8_support/testing/v8_test_environment.h"
#include "v8_support/v8_strings.h"

namespace thaw {
namespace {

size_t ReferenceCount() {
  size_t count = 0;
  for (const intptr_t* entry = ExternalReferences(); *entry != 0; ++entry) {
    ++count;
  }
  return count;
}

TEST(RegistryTest, EveryCallbackIsRegisteredExactlyOnce) {
  absl::flat_hash_set<intptr_t> registered;
  for (const intptr_t* entry = ExternalReferences(); *entry != 0; ++entry) {
    EXPECT_TRUE(registered.insert(*entry).second)
        << "external reference listed twice";
  }
  size_t functions = 0;
  for (const NativeModule* module : NativeModules()) {
    for (const NativeFunction& function : module->functions) {
      ++functions;
      EXPECT_TRUE(
          registered.contains(reinterpret_cast<intptr_t>(function.callback)))
          << module->name << "." << function.name << " is not registered";
    }
  }
  EXPECT_GT(functions, 0u);
  EXPECT_EQ(registered.size(), ReferenceCount());
}

TEST(RegistryTest, NamesAreUniqueWithinAndAcrossModules) {
  absl::flat_hash_set<std::string> modules;
  absl::flat_hash_set<std::string> qualified;
  for (const NativeModule* module : NativeModules()) {
    EXPECT_TRUE(modules.insert(module->name).second) << module->name;
    for (const NativeFunction& function : module->functions) {
      EXPECT_TRUE(
          qualified.insert(std::string(module->name) + "." + function.name)
              .second)
          << module->name << "." << function.name;
    }
  }
}

TEST(RegistryTest, DescriptionNamesEveryFunction) {
  std::string description = DescribeExternalReferences();
  EXPECT_NE(description.find("io.write/2\n"), std::string::npos);
  EXPECT_NE(description.find("process.reallyExit/1\n"), std::string::npos);
}

class BindingObjectTest : public V8Test {};

// The JS side gets exactly what the tables declare: one object per module,
// one function per entry, with the declared arity as `length`.
TEST_F(BindingObjectTest, InstalledFunctionsMatchTheTables) {
  v8::Local<v8::Object> binding =
      CreateBindingObject(context()).ToLocalChecked();
  v8::Local<v8::Array> module_names =
      binding->GetOwnPropertyNames(context()).ToLocalChecked();
  EXPECT_EQ(module_names->Length(), NativeModules().size());
  for (const NativeModule* module : NativeModules()) {
    v8::Local<v8::Value> module_value =
        binding
            ->Get(context(),
                  NewString(isolate(), module->name).ToLocalChecked())
            .ToLocalChecked();
    ASSERT_TRUE(module_value->IsObject()) << module->name;
    v8::Local<v8::Object> module_object = module_value.As<v8::Object>();
    EXPECT_EQ(module_object->GetOwnPropertyNames(context())
                  .ToLocalChecked()
                  ->Length(),
              module->functions.size());
    for (const NativeFunction& function : module->functions) {
      v8::Local<v8::Value> value =
          module_object
              ->Get(context(),
                    NewString(isolate(), function.name).ToLocalChecked())
              .ToLocalChecked();
      ASSERT_TRUE(value->IsFunction()) << module->name << "." << function.name;
      v8::Local<v8::Value> length =
          value.As<v8::Object>()
              ->Get(context(), NewString(isolate(), "length").ToLocalChecked())
              .ToLocalChecked();
      EXPECT_EQ(length.As<v8::Int32>()->Value(), function.arity)
          << module->name << "." << function.name;
    }
  }
}

// The proof that matters to V8: a snapshot holding every installed function
// serializes (V8 aborts on a callback missing from the list) and deserializes
// into a working isolate.
TEST(RegistrySnapshotTest, BindingsSurviveASnapshotRoundTrip) {
  IsolateState state;
  state.building_snapshot = true;
  v8::StartupData blob;
  {
    v8::SnapshotCreator creator(ExternalReferences());
    v8::Isolate* isolate = creator.GetIsolate();
    AttachIsolateState(isolate, &state);
    {
      v8::HandleScope handle_scope(isolate);
      v8::Local<v8::Context> context = v8::Context::New(isolate);
      v8::Context::Scope context_scope(context);
      v8::Local<v8::Object> binding =
          CreateBindingObject(context).ToLocalChecked();
      EXPECT_EQ(creator.AddData(context, binding), 0u);
      creator.SetDefaultContext(context);
    }
    blob = creator.CreateBlob(v8::SnapshotCreator::FunctionCodeHandling::kKeep);
  }
  ASSERT_NE(blob.data, nullptr);
  EXPECT_TRUE(blob.IsValid());
  std::unique_ptr<const char[]> owned_blob(blob.data);

  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator(
      v8::ArrayBuffer::Allocator::NewDefaultAllocator());
  v8::Isolate::CreateParams params;
  params.snapshot_blob = &blob;
  params.external_references = ExternalReferences();
  params.array_buffer_allocator = allocator.get();
  v8::Isolate* isolate = v8::Isolate::New(params);
  IsolateState runtime_state;
  AttachIsolateState(isolate, &runtime_state);
  {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Context> context = v8::Context::New(isolate);
    v8::Context::Scope context_scope(context);
    v8::Local<v8::Object> binding =
        context->GetDataFromSnapshotOnce<v8::Object>(0).ToLocalChecked();
    v8::Local<v8::Object> thaw_module =
        binding->Get(context, NewString(isolate, "thaw").ToLocalChecked())
            .ToLocalChecked()
            .As<v8::Object>();
    v8::Local<v8::Function> v8_version =
        thaw_module
            ->Get(context, NewString(isolate, "v8Version").ToLocalChecked())
            .ToLocalChecked()
            .As<v8::Function>();
    v8::Local<v8::Value> result =
        v8_version->Call(context, thaw_module, 0, nullptr).ToLocalChecked();
    EXPECT_EQ(ToUtf8(isolate, result), v8::V8::GetVersion());
  }
  isolate->Dispose();
}

}  // namespace
}  // namespace thaw
