// ES modules as generator functions, for app snapshots.
//
// V8 10.2 cannot keep an evaluated v8::Module in a snapshot (see
// 76c_esm_app.js), but it can keep functions and plain objects. So the app
// builder rewrites each ES module of an app into a generator function that
// does the module's work in two steps, the two steps of a module's life:
//
//   return function* ($thaw$m) { 'use strict'; <link>; yield;
//   <the module's own text, edited in place>
//   }
//
// The first step (up to the `yield`) links: it takes the namespace objects
// of the module's imports from $thaw$m and hands back a getter for each of
// its exports. Function declarations are hoisted, so they are ready then, as
// in a linked module; let, const and class exports are in their temporal
// dead zone until the second step, the module's evaluation, runs its body.
//
// In the body, import and export declarations are blanked out (line breaks
// kept, so every line keeps its number) and each reference to an imported
// binding becomes a property read of the exporting module's namespace
// object, `$thaw$d0.name`, which is what keeps bindings live. Finding those
// references needs a real parser and scope analysis (a local variable may
// shadow an import), so this file parses with acorn (js_parser/).
// import.meta becomes the module's own object. A module with top-level
// await becomes an async generator.
//
// The caller has already compiled and linked the module with V8, so the
// source is valid and its imports resolve: this file does not check them.
'use strict';

let acorn = null;

// acorn's exports, compiled from the source linked into thaw (js_parser/).
// `new Function`, not modules.compileFunction: this text must not become
// part of the app's blob (compileFunction keeps long sources beside the
// heap).
function loadAcorn() {
  if (acorn === null) {
    const exports = {};
    // eslint-disable-next-line no-new-func
    new Function('exports', 'module', binding.modules.parserSource())(exports, {});
    acorn = exports;
  }
  return acorn;
}

// The app builder drops the parser (and everything it allocated) before the
// heap is serialized.
internals.releaseEsmTransform = () => {
  acorn = null;
};

const identifierName = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

function propertyAccess(object, name) {
  return identifierName.test(name) ? `${object}.${name}` : `${object}[${JSON.stringify(name)}]`;
}

// The name of an import or export specifier: an identifier or a string.
function specifierName(node) {
  return node.type === 'Identifier' ? node.name : node.value;
}

// Every character but line breaks becomes a space.
function blank(text) {
  return text.replace(/[^\n\r\u2028\u2029]/g, ' ');
}

// --- Scope analysis ------------------------------------------------------------

// The names a binding pattern declares, into `out`.
function patternNames(pattern, out) {
  switch (pattern.type) {
    case 'Identifier':
      out.push(pattern.name);
      break;
    case 'ObjectPattern':
      for (const property of pattern.properties) {
        patternNames(property.type === 'RestElement' ? property.argument : property.value, out);
      }
      break;
    case 'ArrayPattern':
      for (const element of pattern.elements) if (element !== null) patternNames(element, out);
      break;
    case 'AssignmentPattern':
      patternNames(pattern.left, out);
      break;
    case 'RestElement':
      patternNames(pattern.argument, out);
      break;
  }
  return out;
}

// The names `var` declares anywhere in a function body (not in nested
// functions or classes), into `out`.
function varNames(node, out) {
  if (node === null || node === undefined) return out;
  switch (node.type) {
    case 'VariableDeclaration':
      if (node.kind === 'var') for (const d of node.declarations) patternNames(d.id, out);
      break;
    case 'BlockStatement':
    case 'StaticBlock':
      for (const statement of node.body) varNames(statement, out);
      break;
    case 'IfStatement':
      varNames(node.consequent, out);
      varNames(node.alternate, out);
      break;
    case 'ForStatement':
      varNames(node.init, out);
      varNames(node.body, out);
      break;
    case 'ForInStatement':
    case 'ForOfStatement':
      varNames(node.left, out);
      varNames(node.body, out);
      break;
    case 'WhileStatement':
    case 'DoWhileStatement':
    case 'LabeledStatement':
      varNames(node.body, out);
      break;
    case 'TryStatement':
      varNames(node.block, out);
      if (node.handler !== null) varNames(node.handler.body, out);
      varNames(node.finalizer, out);
      break;
    case 'SwitchStatement':
      for (const switchCase of node.cases) {
        for (const statement of switchCase.consequent) varNames(statement, out);
      }
      break;
  }
  return out;
}

// The names let, const, class and function declarations directly in
// `statements` declare, into `out`.
function lexicalNames(statements, out) {
  for (const statement of statements) {
    if (statement.type === 'VariableDeclaration' && statement.kind !== 'var') {
      for (const d of statement.declarations) patternNames(d.id, out);
    } else if ((statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') &&
               statement.id !== null) {
      out.push(statement.id.name);
    }
  }
  return out;
}

// Rewrites the references to imported bindings in a module body. `imports`
// maps each imported local name to the expression that reads it.
class ReferenceRewriter {
  constructor(imports, edits, prefix) {
    this.imports = imports;
    this.edits = edits;
    this.prefix = prefix;
    this.functionDepth = 0;
    this.topLevelAwait = false;
    this.usesImportMeta = false;
  }

  // `shadowed` plus the imported names among `names` (a scope's own
  // declarations), or `shadowed` itself when none is imported.
  shadow(shadowed, names) {
    let result = shadowed;
    for (const name of names) {
      if (!this.imports.has(name) || result.has(name)) continue;
      if (result === shadowed) result = new Set(shadowed);
      result.add(name);
    }
    return result;
  }

  // The expression an identifier reference becomes, or null to keep it.
  replacement(node, shadowed) {
    if (node.type !== 'Identifier' || shadowed.has(node.name)) return null;
    return this.imports.get(node.name) ?? null;
  }

  visitReference(node, shadowed) {
    const replacement = this.replacement(node, shadowed);
    if (replacement !== null) this.edits.push([node.start, node.end, replacement]);
  }

  // A binding pattern: only its default values and computed keys are
  // expressions.
  visitBinding(pattern, shadowed) {
    switch (pattern.type) {
      case 'ObjectPattern':
        for (const property of pattern.properties) {
          if (property.type === 'RestElement') {
            this.visitBinding(property.argument, shadowed);
          } else {
            if (property.computed) this.visit(property.key, shadowed);
            this.visitBinding(property.value, shadowed);
          }
        }
        break;
      case 'ArrayPattern':
        for (const element of pattern.elements) if (element !== null) this.visitBinding(element, shadowed);
        break;
      case 'AssignmentPattern':
        this.visitBinding(pattern.left, shadowed);
        this.visit(pattern.right, shadowed);
        break;
      case 'RestElement':
        this.visitBinding(pattern.argument, shadowed);
        break;
      case 'MemberExpression':
        this.visit(pattern, shadowed);
        break;
    }
  }

  visitFunction(node, shadowed) {
    const own = [];
    if (node.type === 'FunctionExpression' && node.id !== null) own.push(node.id.name);
    for (const parameter of node.params) patternNames(parameter, own);
    const parameterScope = this.shadow(shadowed, own);
    this.functionDepth++;
    for (const parameter of node.params) this.visitBinding(parameter, parameterScope);
    if (node.body.type === 'BlockStatement') {
      const bodyNames = lexicalNames(node.body.body, varNames(node.body, []));
      const bodyScope = this.shadow(parameterScope, bodyNames);
      for (const statement of node.body.body) this.visit(statement, bodyScope);
    } else {
      this.visit(node.body, parameterScope);   // An arrow function's expression.
    }
    this.functionDepth--;
  }

  visitClass(node, shadowed) {
    const scope = node.id !== null ? this.shadow(shadowed, [node.id.name]) : shadowed;
    if (node.superClass !== null) this.visit(node.superClass, scope);
    for (const element of node.body.body) {
      if (element.type === 'StaticBlock') {
        this.functionDepth++;
        const names = lexicalNames(element.body, varNames(element, []));
        const blockScope = this.shadow(scope, names);
        for (const statement of element.body) this.visit(statement, blockScope);
        this.functionDepth--;
        continue;
      }
      if (element.computed) this.visit(element.key, scope);
      if (element.value !== null && element.value !== undefined) {
        // A field's initializer runs as a method would.
        if (element.type === 'PropertyDefinition') this.functionDepth++;
        this.visit(element.value, scope);
        if (element.type === 'PropertyDefinition') this.functionDepth--;
      }
    }
  }

  // A callee or tag that is an import is called with `this` undefined, as
  // the binding itself would be.
  visitCallee(node, shadowed) {
    const replacement = this.replacement(node, shadowed);
    if (replacement === null) {
      this.visit(node, shadowed);
    } else {
      this.edits.push([node.start, node.end, `(0, ${replacement})`]);
    }
  }

  visit(node, shadowed) {
    switch (node.type) {
      case 'Identifier':
        this.visitReference(node, shadowed);
        return;
      case 'MemberExpression':
        this.visit(node.object, shadowed);
        if (node.computed) this.visit(node.property, shadowed);
        return;
      case 'Property': {
        if (node.computed) this.visit(node.key, shadowed);
        // {x} and {x = 1} (in an assignment pattern) name the binding once.
        const target = node.value.type === 'AssignmentPattern' ? node.value.left : node.value;
        if (node.shorthand && target.type === 'Identifier') {
          const replacement = this.replacement(target, shadowed);
          if (replacement !== null) {
            this.edits.push([target.start, target.end, `${target.name}: ${replacement}`]);
          }
          if (node.value !== target) this.visit(node.value.right, shadowed);
          return;
        }
        this.visit(node.value, shadowed);
        return;
      }
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        this.visitFunction(node, shadowed);
        return;
      case 'ClassDeclaration':
      case 'ClassExpression':
        this.visitClass(node, shadowed);
        return;
      case 'VariableDeclaration':
        for (const declarator of node.declarations) {
          this.visitBinding(declarator.id, shadowed);
          if (declarator.init !== null) this.visit(declarator.init, shadowed);
        }
        return;
      case 'BlockStatement': {
        const scope = this.shadow(shadowed, lexicalNames(node.body, []));
        for (const statement of node.body) this.visit(statement, scope);
        return;
      }
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement': {
        const head = node.type === 'ForStatement' ? node.init : node.left;
        const scope = head !== null && head.type === 'VariableDeclaration' && head.kind !== 'var' ?
          this.shadow(shadowed, lexicalNames([head], [])) : shadowed;
        if (node.type === 'ForOfStatement' && node.await && this.functionDepth === 0) {
          this.topLevelAwait = true;
        }
        // A `left` that is not a declaration is an assignment target, whose
        // identifiers are references like any other.
        for (const key of ['init', 'test', 'update', 'left', 'right']) {
          const child = node[key];
          if (child !== null && child !== undefined) this.visit(child, scope);
        }
        this.visit(node.body, scope);
        return;
      }
      case 'SwitchStatement': {
        this.visit(node.discriminant, shadowed);
        const names = [];
        for (const switchCase of node.cases) lexicalNames(switchCase.consequent, names);
        const scope = this.shadow(shadowed, names);
        for (const switchCase of node.cases) {
          if (switchCase.test !== null) this.visit(switchCase.test, scope);
          for (const statement of switchCase.consequent) this.visit(statement, scope);
        }
        return;
      }
      case 'CatchClause': {
        const scope = node.param === null ? shadowed :
          this.shadow(shadowed, patternNames(node.param, []));
        if (node.param !== null) this.visitBinding(node.param, scope);
        this.visit(node.body, scope);
        return;
      }
      case 'LabeledStatement':
        this.visit(node.body, shadowed);
        return;
      case 'BreakStatement':
      case 'ContinueStatement':
        return;
      case 'MetaProperty':
        if (node.meta.name === 'import') {
          this.usesImportMeta = true;
          this.edits.push([node.start, node.end, `${this.prefix}meta`]);
        }
        return;
      case 'CallExpression':
      case 'NewExpression':
        if (node.type === 'CallExpression') this.visitCallee(node.callee, shadowed);
        else this.visit(node.callee, shadowed);
        for (const argument of node.arguments) this.visit(argument, shadowed);
        return;
      case 'TaggedTemplateExpression':
        this.visitCallee(node.tag, shadowed);
        this.visit(node.quasi, shadowed);
        return;
      case 'AwaitExpression':
        if (this.functionDepth === 0) this.topLevelAwait = true;
        this.visit(node.argument, shadowed);
        return;
      default:
        this.visitChildren(node, shadowed);
    }
  }

  visitChildren(node, shadowed) {
    for (const key in node) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      const value = node[key];
      if (Array.isArray(value)) {
        for (const item of value) {
          if (item !== null && typeof item.type === 'string') this.visit(item, shadowed);
        }
      } else if (value !== null && typeof value === 'object' && typeof value.type === 'string') {
        this.visit(value, shadowed);
      }
    }
  }
}

// --- The transform ---------------------------------------------------------------

// A prefix for the names the transform adds that the module never uses.
function freshPrefix(source) {
  let prefix = '$thaw$';
  for (let i = 1; source.includes(prefix); i++) prefix = `$thaw${i}$`;
  return prefix;
}

// V8 10.2 reads import attributes only by their old keyword (see
// 76_esm_loader.js); acorn only by the new one. Same length, same columns.
const assertKeyword = /((['"])[^'"\n]*\2\s*)assert(\s*\{\s*type\s*:)/g;

// The function form of the ES module `source` (see the top of this file):
//   code: the body of a function that returns the module's generator
//         function; its first line is the link step, so it is compiled with
//         a line offset of -1 and the module's own lines keep their numbers.
//   requests: the specifiers the module imports, in source order (the order
//         its dependencies are evaluated in); $thaw$m.d[i] is the namespace
//         of requests[i].
//   localExports: [exportName, index into the getters $thaw$m.e receives].
//   indirectExports: [exportName, request index, importName or '*'].
//   starExports: request indices of `export * from`.
//   async: whether the module has top-level await.
internals.transformEsm = function transformEsm(source, filename) {
  let ast;
  try {
    ast = loadAcorn().parse(source.replace(assertKeyword, '$1with  $3'), {
      ecmaVersion: 'latest',
      sourceType: 'module',
      allowHashBang: true,
    });
  } catch (error) {
    // V8 accepted this module, so acorn's objection is a gap between the
    // two parsers; say where.
    throw new SyntaxError(`thaw could not transform the ES module ${filename} for the ` +
                          `snapshot: ${error.message}`);
  }
  const prefix = freshPrefix(source);
  const edits = [];
  const requests = [];
  const requestIndex = (node) => {
    const specifier = node.source.value;
    let index = requests.indexOf(specifier);
    if (index === -1) index = requests.push(specifier) - 1;
    return index;
  };
  const imports = new Map();          // local name -> expression
  const importedFrom = new Map();     // local name -> [request index, import name]
  const namespaceImports = [];        // [local name, request index]
  const localExports = [];            // [export name, local name]
  const indirectExports = [];
  const starExports = [];
  let defaultFunctionName = false;
  const blankStatement = (node) => {
    edits.push([node.start, node.end, `;${blank(source.slice(node.start + 1, node.end))}`]);
  };

  const bodyStatements = [];
  for (const statement of ast.body) {
    switch (statement.type) {
      case 'ImportDeclaration': {
        const index = requestIndex(statement);
        for (const specifier of statement.specifiers) {
          const local = specifier.local.name;
          if (specifier.type === 'ImportNamespaceSpecifier') {
            namespaceImports.push([local, index]);
            continue;
          }
          const name = specifier.type === 'ImportDefaultSpecifier' ? 'default' :
            specifierName(specifier.imported);
          imports.set(local, propertyAccess(`${prefix}d${index}`, name));
          importedFrom.set(local, [index, name]);
        }
        blankStatement(statement);
        break;
      }
      case 'ExportAllDeclaration': {
        const index = requestIndex(statement);
        if (statement.exported === null) starExports.push(index);
        else indirectExports.push([specifierName(statement.exported), index, '*']);
        blankStatement(statement);
        break;
      }
      case 'ExportNamedDeclaration': {
        if (statement.source !== null) {
          const index = requestIndex(statement);
          for (const specifier of statement.specifiers) {
            indirectExports.push([specifierName(specifier.exported), index,
                                  specifierName(specifier.local)]);
          }
          blankStatement(statement);
        } else if (statement.declaration !== null) {
          const declaration = statement.declaration;
          edits.push([statement.start, declaration.start,
                      blank(source.slice(statement.start, declaration.start))]);
          const names = declaration.type === 'VariableDeclaration' ?
            lexicalNames([declaration], []).concat(varNames(declaration, [])) : [declaration.id.name];
          for (const name of names) localExports.push([name, name]);
          bodyStatements.push(declaration);
        } else {
          for (const specifier of statement.specifiers) {
            localExports.push([specifierName(specifier.exported), specifier.local.name]);
          }
          blankStatement(statement);
        }
        break;
      }
      case 'ExportDefaultDeclaration': {
        const declaration = statement.declaration;
        const isDeclaration = declaration.type === 'FunctionDeclaration' ||
          declaration.type === 'ClassDeclaration';
        if (isDeclaration && declaration.id !== null) {
          edits.push([statement.start, declaration.start,
                      blank(source.slice(statement.start, declaration.start))]);
          localExports.push(['default', declaration.id.name]);
        } else if (declaration.type === 'FunctionDeclaration') {
          // `export default function () {}` is hoisted like a named one, and
          // named "default".
          edits.push([statement.start, declaration.start, '']);
          const parenthesis = source.indexOf('(', declaration.start);
          edits.push([parenthesis, parenthesis, ` ${prefix}default`]);
          localExports.push(['default', `${prefix}default`]);
          defaultFunctionName = true;
        } else {
          // An expression (perhaps in parentheses, which acorn leaves out of
          // its range), or an anonymous class. Anonymous functions and
          // classes are named "default", which a property of that name gives
          // them.
          const anonymous = declaration.type === 'ClassDeclaration' ||
            declaration.type === 'ClassExpression' && declaration.id === null ||
            declaration.type === 'FunctionExpression' && declaration.id === null ||
            declaration.type === 'ArrowFunctionExpression';
          const keywordEnd = source.indexOf('default', statement.start) + 'default'.length;
          const end = source[statement.end - 1] === ';' ? statement.end - 1 : statement.end;
          edits.push([statement.start, keywordEnd,
                      `const ${prefix}default =${anonymous ? ' ({default:' : ''}`]);
          edits.push([end, end, `${anonymous ? '}).default' : ''};`]);
          localExports.push(['default', `${prefix}default`]);
        }
        bodyStatements.push(declaration);
        break;
      }
      default:
        bodyStatements.push(statement);
    }
  }

  // Re-exports of imported bindings are indirect exports of their module.
  const getters = [];
  const exportsByGetter = [];
  for (const [exportName, local] of localExports) {
    const from = importedFrom.get(local);
    if (from !== undefined) {
      indirectExports.push([exportName, ...from]);
    } else {
      exportsByGetter.push([exportName, getters.push(local) - 1]);
    }
  }

  const rewriter = new ReferenceRewriter(imports, edits, prefix);
  const topLevel = new Set();
  for (const statement of bodyStatements) {
    if (statement.type === 'ClassDeclaration' && statement.id === null) {
      rewriter.visitClass(statement, topLevel);
    } else if (statement.type === 'FunctionDeclaration' && statement.id === null) {
      rewriter.visitFunction(statement, topLevel);
    } else {
      rewriter.visit(statement, topLevel);
    }
  }

  // The link step, on one line.
  const link = [`'use strict';`];
  if (requests.length > 0) {
    link.push(`const ${requests.map((_, i) => `${prefix}d${i} = ${prefix}m.d[${i}]`).join(', ')};`);
  }
  for (const [local, index] of namespaceImports) link.push(`const ${local} = ${prefix}d${index};`);
  if (rewriter.usesImportMeta) link.push(`const ${prefix}meta = ${prefix}m.meta;`);
  if (defaultFunctionName) {
    link.push(`Object.defineProperty(${prefix}default, 'name', {value: 'default'});`);
  }
  link.push(`${prefix}m.e([${getters.map((local) => `() => ${local}`).join(', ')}]);`, 'yield;');

  edits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let body = '';
  let position = 0;
  for (const [start, end, text] of edits) {
    body += source.slice(position, start) + text;
    position = end;
  }
  body += source.slice(position);
  if (body.startsWith('#!')) body = `//${body.slice(2)}`;
  const async = rewriter.topLevelAwait;
  return {
    code: `return ${async ? 'async ' : ''}function* (${prefix}m) {${link.join(' ')}\n${body}\n};`,
    requests,
    localExports: exportsByGetter,
    indirectExports,
    starExports,
    async,
  };
};
