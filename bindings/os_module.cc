// Native functions behind node:os (stdlib_js/84_os.js), on libuv's portable
// system queries, as Node's own are. Errors are Node's system errors.

#include <errno.h>
#include <signal.h>
#include <sys/resource.h>

#include <string>

#include "bindings/callback_support.h"
#include "bindings/native_module.h"
#include "bindings/system_error.h"
#include "uv.h"

namespace thaw {
namespace {

v8::Local<v8::Value> Str(v8::Isolate* isolate, absl::string_view text) {
  v8::Local<v8::String> value;
  if (!NewString(isolate, text).ToLocal(&value)) return v8::Undefined(isolate);
  return value;
}

// os.hostname(): the host name.
void Hostname(const v8::FunctionCallbackInfo<v8::Value>& info) {
  char buffer[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof(buffer);
  int r = uv_os_gethostname(buffer, &size);
  if (r != 0) return ThrowSystemError(info.GetIsolate(), -r, "uv_os_gethostname");
  info.GetReturnValue().Set(Str(info.GetIsolate(), buffer));
}

// os.uname(): [sysname, release, version, machine].
void Uname(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_utsname_t name;
  int r = uv_os_uname(&name);
  if (r != 0) return ThrowSystemError(isolate, -r, "uv_os_uname");
  v8::Local<v8::Value> values[] = {Str(isolate, name.sysname),
                                   Str(isolate, name.release),
                                   Str(isolate, name.version),
                                   Str(isolate, name.machine)};
  info.GetReturnValue().Set(v8::Array::New(isolate, values, 4));
}

// os.homedir(): $HOME, else the password database's entry.
void Homedir(const v8::FunctionCallbackInfo<v8::Value>& info) {
  char buffer[4096];
  size_t size = sizeof(buffer);
  int r = uv_os_homedir(buffer, &size);
  if (r != 0) return ThrowSystemError(info.GetIsolate(), -r, "uv_os_homedir");
  info.GetReturnValue().Set(Str(info.GetIsolate(), std::string(buffer, size)));
}

// os.cpus(): a flat array, 7 entries a CPU: model, speed, user, nice, sys,
// idle, irq (times in ms).
void Cpus(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  uv_cpu_info_t* cpus = nullptr;
  int count = 0;
  int r = uv_cpu_info(&cpus, &count);
  v8::Local<v8::Array> result = v8::Array::New(isolate);
  if (r != 0) {
    info.GetReturnValue().Set(result);
    return;
  }
  uint32_t index = 0;
  for (int i = 0; i < count; ++i) {
    const uv_cpu_info_t& cpu = cpus[i];
    v8::Local<v8::Value> values[] = {
        Str(isolate, cpu.model != nullptr ? cpu.model : ""),
        v8::Number::New(isolate, cpu.speed),
        v8::Number::New(isolate, static_cast<double>(cpu.cpu_times.user)),
        v8::Number::New(isolate, static_cast<double>(cpu.cpu_times.nice)),
        v8::Number::New(isolate, static_cast<double>(cpu.cpu_times.sys)),
        v8::Number::New(isolate, static_cast<double>(cpu.cpu_times.idle)),
        v8::Number::New(isolate, static_cast<double>(cpu.cpu_times.irq))};
    for (const auto& value : values) {
      if (result->Set(context, index++, value).IsNothing()) {
        uv_free_cpu_info(cpus, count);
        return;
      }
    }
  }
  uv_free_cpu_info(cpus, count);
  info.GetReturnValue().Set(result);
}

void TotalMem(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_total_memory()));
}

void FreeMem(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_free_memory()));
}

void Uptime(const v8::FunctionCallbackInfo<v8::Value>& info) {
  double uptime = 0;
  int r = uv_uptime(&uptime);
  if (r != 0) return ThrowSystemError(info.GetIsolate(), -r, "uv_uptime");
  info.GetReturnValue().Set(uptime);
}

void LoadAvg(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  double averages[3];
  uv_loadavg(averages);
  v8::Local<v8::Value> values[] = {v8::Number::New(isolate, averages[0]),
                                   v8::Number::New(isolate, averages[1]),
                                   v8::Number::New(isolate, averages[2])};
  info.GetReturnValue().Set(v8::Array::New(isolate, values, 3));
}

void AvailableParallelism(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_available_parallelism()));
}

// os.interfaceAddresses(): a flat array, 7 entries an address: name,
// address, netmask, family ('IPv4'/'IPv6'), mac, internal, scopeid (-1 for
// IPv4).
void InterfaceAddresses(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  uv_interface_address_t* addresses = nullptr;
  int count = 0;
  int r = uv_interface_addresses(&addresses, &count);
  if (r != 0) {
    return ThrowSystemError(isolate, -r, "uv_interface_addresses");
  }
  v8::Local<v8::Array> result = v8::Array::New(isolate);
  uint32_t index = 0;
  for (int i = 0; i < count; ++i) {
    const uv_interface_address_t& entry = addresses[i];
    char address[INET6_ADDRSTRLEN] = "";
    char netmask[INET6_ADDRSTRLEN] = "";
    bool ipv6 = entry.address.address4.sin_family == AF_INET6;
    int scope = -1;
    if (ipv6) {
      uv_ip6_name(&entry.address.address6, address, sizeof(address));
      uv_ip6_name(&entry.netmask.netmask6, netmask, sizeof(netmask));
      scope = static_cast<int>(entry.address.address6.sin6_scope_id);
    } else {
      uv_ip4_name(&entry.address.address4, address, sizeof(address));
      uv_ip4_name(&entry.netmask.netmask4, netmask, sizeof(netmask));
    }
    char mac[18];
    const unsigned char* p =
        reinterpret_cast<const unsigned char*>(entry.phys_addr);
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", p[0], p[1],
             p[2], p[3], p[4], p[5]);
    v8::Local<v8::Value> values[] = {
        Str(isolate, entry.name), Str(isolate, address), Str(isolate, netmask),
        Str(isolate, ipv6 ? "IPv6" : "IPv4"), Str(isolate, mac),
        v8::Boolean::New(isolate, entry.is_internal != 0),
        v8::Integer::New(isolate, scope)};
    for (const auto& value : values) {
      if (result->Set(context, index++, value).IsNothing()) {
        uv_free_interface_addresses(addresses, count);
        return;
      }
    }
  }
  uv_free_interface_addresses(addresses, count);
  info.GetReturnValue().Set(result);
}

// os.userInfo(): [uid, gid, username, homedir, shell] of the effective user.
void UserInfo(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  uv_passwd_t passwd;
  int r = uv_os_get_passwd(&passwd);
  if (r != 0) return ThrowSystemError(isolate, -r, "uv_os_get_passwd");
  v8::Local<v8::Value> values[] = {
      v8::Number::New(isolate, static_cast<double>(passwd.uid)),
      v8::Number::New(isolate, static_cast<double>(passwd.gid)),
      Str(isolate, passwd.username != nullptr ? passwd.username : ""),
      Str(isolate, passwd.homedir != nullptr ? passwd.homedir : ""),
      passwd.shell != nullptr ? Str(isolate, passwd.shell)
                              : v8::Null(isolate).As<v8::Value>()};
  uv_os_free_passwd(&passwd);
  info.GetReturnValue().Set(v8::Array::New(isolate, values, 5));
}

// os.getPriority(pid)
void GetPriority(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int pid = info.Length() > 0 && info[0]->IsInt32()
                ? info[0].As<v8::Int32>()->Value()
                : 0;
  int priority = 0;
  int r = uv_os_getpriority(pid, &priority);
  if (r != 0) return ThrowSystemError(info.GetIsolate(), -r, "uv_os_getpriority");
  info.GetReturnValue().Set(priority);
}

// os.setPriority(pid, priority)
void SetPriority(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (info.Length() < 2 || !info[0]->IsInt32() || !info[1]->IsInt32()) {
    return ThrowTypeError(info.GetIsolate(), "setPriority(pid, priority)");
  }
  int r = uv_os_setpriority(info[0].As<v8::Int32>()->Value(),
                            info[1].As<v8::Int32>()->Value());
  if (r != 0) return ThrowSystemError(info.GetIsolate(), -r, "uv_os_setpriority");
}

struct NamedNumber {
  const char* name;
  int value;
};

#define THAW_ENTRY(x) {#x, x},
constexpr NamedNumber kSignals[] = {
    THAW_ENTRY(SIGHUP) THAW_ENTRY(SIGINT) THAW_ENTRY(SIGQUIT)
    THAW_ENTRY(SIGILL) THAW_ENTRY(SIGTRAP) THAW_ENTRY(SIGABRT)
    {"SIGIOT", SIGIOT}, THAW_ENTRY(SIGBUS) THAW_ENTRY(SIGFPE)
    THAW_ENTRY(SIGKILL) THAW_ENTRY(SIGUSR1) THAW_ENTRY(SIGSEGV)
    THAW_ENTRY(SIGUSR2) THAW_ENTRY(SIGPIPE) THAW_ENTRY(SIGALRM)
    THAW_ENTRY(SIGTERM) THAW_ENTRY(SIGCHLD) THAW_ENTRY(SIGSTKFLT)
    THAW_ENTRY(SIGCONT) THAW_ENTRY(SIGSTOP) THAW_ENTRY(SIGTSTP)
    THAW_ENTRY(SIGTTIN) THAW_ENTRY(SIGTTOU) THAW_ENTRY(SIGURG)
    THAW_ENTRY(SIGXCPU) THAW_ENTRY(SIGXFSZ) THAW_ENTRY(SIGVTALRM)
    THAW_ENTRY(SIGPROF) THAW_ENTRY(SIGWINCH) THAW_ENTRY(SIGIO)
    THAW_ENTRY(SIGPOLL) THAW_ENTRY(SIGPWR) THAW_ENTRY(SIGSYS)
};

constexpr NamedNumber kErrno[] = {
    THAW_ENTRY(E2BIG) THAW_ENTRY(EACCES) THAW_ENTRY(EADDRINUSE)
    THAW_ENTRY(EADDRNOTAVAIL) THAW_ENTRY(EAFNOSUPPORT) THAW_ENTRY(EAGAIN)
    THAW_ENTRY(EALREADY) THAW_ENTRY(EBADF) THAW_ENTRY(EBADMSG)
    THAW_ENTRY(EBUSY) THAW_ENTRY(ECANCELED) THAW_ENTRY(ECHILD)
    THAW_ENTRY(ECONNABORTED) THAW_ENTRY(ECONNREFUSED) THAW_ENTRY(ECONNRESET)
    THAW_ENTRY(EDEADLK) THAW_ENTRY(EDESTADDRREQ) THAW_ENTRY(EDOM)
    THAW_ENTRY(EDQUOT) THAW_ENTRY(EEXIST) THAW_ENTRY(EFAULT)
    THAW_ENTRY(EFBIG) THAW_ENTRY(EHOSTUNREACH) THAW_ENTRY(EIDRM)
    THAW_ENTRY(EILSEQ) THAW_ENTRY(EINPROGRESS) THAW_ENTRY(EINTR)
    THAW_ENTRY(EINVAL) THAW_ENTRY(EIO) THAW_ENTRY(EISCONN)
    THAW_ENTRY(EISDIR) THAW_ENTRY(ELOOP) THAW_ENTRY(EMFILE)
    THAW_ENTRY(EMLINK) THAW_ENTRY(EMSGSIZE) THAW_ENTRY(EMULTIHOP)
    THAW_ENTRY(ENAMETOOLONG) THAW_ENTRY(ENETDOWN) THAW_ENTRY(ENETRESET)
    THAW_ENTRY(ENETUNREACH) THAW_ENTRY(ENFILE) THAW_ENTRY(ENOBUFS)
    THAW_ENTRY(ENODATA) THAW_ENTRY(ENODEV) THAW_ENTRY(ENOENT)
    THAW_ENTRY(ENOEXEC) THAW_ENTRY(ENOLCK) THAW_ENTRY(ENOLINK)
    THAW_ENTRY(ENOMEM) THAW_ENTRY(ENOMSG) THAW_ENTRY(ENOPROTOOPT)
    THAW_ENTRY(ENOSPC) THAW_ENTRY(ENOSR) THAW_ENTRY(ENOSTR)
    THAW_ENTRY(ENOSYS) THAW_ENTRY(ENOTCONN) THAW_ENTRY(ENOTDIR)
    THAW_ENTRY(ENOTEMPTY) THAW_ENTRY(ENOTSOCK) THAW_ENTRY(ENOTSUP)
    THAW_ENTRY(ENOTTY) THAW_ENTRY(ENXIO) THAW_ENTRY(EOPNOTSUPP)
    THAW_ENTRY(EOVERFLOW) THAW_ENTRY(EPERM) THAW_ENTRY(EPIPE)
    THAW_ENTRY(EPROTO) THAW_ENTRY(EPROTONOSUPPORT) THAW_ENTRY(EPROTOTYPE)
    THAW_ENTRY(ERANGE) THAW_ENTRY(EROFS) THAW_ENTRY(ESPIPE)
    THAW_ENTRY(ESRCH) THAW_ENTRY(ESTALE) THAW_ENTRY(ETIME)
    THAW_ENTRY(ETIMEDOUT) THAW_ENTRY(ETXTBSY) THAW_ENTRY(EWOULDBLOCK)
    THAW_ENTRY(EXDEV)
};
#undef THAW_ENTRY

template <size_t N>
void ReturnTable(const v8::FunctionCallbackInfo<v8::Value>& info,
                 const NamedNumber (&table)[N]) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> result = v8::Array::New(isolate);
  uint32_t index = 0;
  for (const NamedNumber& entry : table) {
    if (result->Set(context, index++, Str(isolate, entry.name)).IsNothing() ||
        result->Set(context, index++, v8::Integer::New(isolate, entry.value))
            .IsNothing()) {
      return;
    }
  }
  info.GetReturnValue().Set(result);
}

// os.signals() / os.errnos(): flat [name, number, ...] in Node's order.
void Signals(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ReturnTable(info, kSignals);
}

void Errnos(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ReturnTable(info, kErrno);
}

constexpr NativeFunction kOsFunctions[] = {
    {"hostname", Hostname, 0},
    {"uname", Uname, 0},
    {"homedir", Homedir, 0},
    {"cpus", Cpus, 0},
    {"totalmem", TotalMem, 0},
    {"freemem", FreeMem, 0},
    {"uptime", Uptime, 0},
    {"loadavg", LoadAvg, 0},
    {"availableParallelism", AvailableParallelism, 0},
    {"interfaceAddresses", InterfaceAddresses, 0},
    {"userInfo", UserInfo, 0},
    {"getPriority", GetPriority, 1},
    {"setPriority", SetPriority, 2},
    {"signals", Signals, 0},
    {"errnos", Errnos, 0},
};

}  // namespace

const NativeModule& OsModule() {
  static constexpr NativeModule kModule = {"os", kOsFunctions};
  return kModule;
}

}  // namespace thaw
