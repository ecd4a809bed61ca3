// internal/parse_args — util.parseArgs of Node 20 (lib/internal/util/parse_args) in ES5:
// long (--name, --name=value) and short (-n, -abc, -nVALUE) options of type boolean or
// string, `multiple`, `default`, `--` ending the options, strict mode's errors with
// Node's codes and messages, allowPositionals, and `tokens`.
'use strict';

var errors = require('internal/errors');

function nodeError(code, message) {
	return errors.makeNodeError(TypeError, code, message);
}

function has(o, k) {
	return Object.prototype.hasOwnProperty.call(o, k);
}

function validateObject(v, name) {
	if (v === null || typeof v !== 'object' || Array.isArray(v))
		throw errors.invalidArgType(name, 'object', v);
}

function validateBoolean(v, name) {
	if (typeof v !== 'boolean')
		throw errors.invalidArgType(name, 'boolean', v);
}

function findLongForShort(options, short) {
	var names = Object.keys(options);
	for (var i = 0; i < names.length; i++) {
		if (options[names[i]].short === short)
			return names[i];
	}
	return short;
}

function optionType(options, name) {
	return has(options, name) ? options[name].type : undefined;
}

function isOptionLike(arg) {
	return arg !== undefined && arg.length > 1 && arg.charAt(0) === '-';
}

function displayName(options, name, short) {
	return short !== undefined ? '-' + short + ', --' + name : '--' + name;
}

function tokenize(args, options) {
	var tokens = [];
	var index = -1, groupCount = 0;
	var remaining = args.slice();
	while (remaining.length > 0) {
		var arg = remaining.shift();
		var next = remaining[0];
		if (groupCount > 0)
			groupCount--;
		else
			index++;
		if (arg === '--') {
			tokens.push({ kind: 'option-terminator', index: index });
			for (var r = 0; r < remaining.length; r++)
				tokens.push({ kind: 'positional', index: ++index, value: remaining[r] });
			break;
		}
		var name, value, inlineValue;
		if (arg.length === 2 && arg.charAt(0) === '-' && arg.charAt(1) !== '-') {
			// -f
			name = findLongForShort(options, arg.charAt(1));
			if (optionType(options, name) === 'string' && !isOptionLike(next)) {
				value = remaining.shift();
				inlineValue = value === undefined ? undefined : false;
			} else {
				value = undefined;
				inlineValue = undefined;
			}
			tokens.push({ kind: 'option', name: name, rawName: arg, index: index, value: value,
				inlineValue: inlineValue });
			if (value !== undefined)
				++index;
			continue;
		}
		if (arg.length > 2 && arg.charAt(0) === '-' && arg.charAt(1) !== '-') {
			var first = findLongForShort(options, arg.charAt(1));
			if (optionType(options, first) === 'string') {
				// -fVALUE
				tokens.push({ kind: 'option', name: first, rawName: '-' + arg.charAt(1), index: index,
					value: arg.slice(2), inlineValue: true });
				continue;
			}
			// -abc: a group of short options, one by one
			var expanded = [];
			for (var i = 1; i < arg.length; i++) {
				var c = arg.charAt(i);
				var long = findLongForShort(options, c);
				if (optionType(options, long) !== 'string' || i === arg.length - 1) {
					expanded.push('-' + c);
				} else {
					expanded.push('-' + c + arg.slice(i + 1));
					break;
				}
			}
			remaining = expanded.concat(remaining);
			groupCount = expanded.length;
			continue;
		}
		if (arg.length > 2 && arg.slice(0, 2) === '--') {
			var eq = arg.indexOf('=');
			if (eq === -1) {
				name = arg.slice(2);
				if (optionType(options, name) === 'string' && !isOptionLike(next)) {
					value = remaining.shift();
					inlineValue = value === undefined ? undefined : false;
				} else {
					value = undefined;
					inlineValue = undefined;
				}
				tokens.push({ kind: 'option', name: name, rawName: arg, index: index, value: value,
					inlineValue: inlineValue });
				if (value !== undefined)
					++index;
			} else {
				tokens.push({ kind: 'option', name: arg.slice(2, eq), rawName: arg.slice(0, eq),
					index: index, value: arg.slice(eq + 1), inlineValue: true });
			}
			continue;
		}
		tokens.push({ kind: 'positional', index: index, value: arg });
	}
	return tokens;
}

function checkToken(token, options, allowPositionals) {
	var name = token.name;
	if (!has(options, name)) {
		var msg = token.rawName.charAt(1) !== '-' ? "Unknown option '" + token.rawName + "'" :
			"Unknown option '" + token.rawName + "'";
		if (allowPositionals) {
			msg += ". To specify a positional argument starting with a '-', place it at the end " +
				"of the command after '--', as in '-- \"" + token.rawName + "\"";
		}
		throw nodeError('ERR_PARSE_ARGS_UNKNOWN_OPTION', msg);
	}
	var short = options[name].short;
	if (options[name].type === 'string' && typeof token.value !== 'string') {
		throw nodeError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
			"Option '" + displayName(options, name, short) + " <value>' argument missing");
	}
	if (options[name].type === 'boolean' && token.value !== undefined) {
		throw nodeError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
			"Option '" + displayName(options, name, short) + "' does not take an argument");
	}
}

function storeOption(name, value, options, values) {
	if (name === '__proto__')
		return;
	var v = value === undefined ? true : value;
	if (has(options, name) && options[name].multiple) {
		if (values[name] === undefined)
			values[name] = [];
		values[name].push(v);
	} else {
		values[name] = v;
	}
}

function parseArgs(config) {
	if (config === undefined)
		config = {};
	validateObject(config, 'config');
	var args = config.args !== undefined ? config.args : process.argv.slice(2);
	var strict = config.strict !== undefined ? config.strict : true;
	var allowPositionals = config.allowPositionals !== undefined ? config.allowPositionals : !strict;
	var returnTokens = config.tokens !== undefined ? config.tokens : false;
	var options = config.options !== undefined ? config.options : {};
	if (!Array.isArray(args))
		throw errors.invalidArgType('args', 'Array', args);
	validateBoolean(strict, 'strict');
	validateBoolean(allowPositionals, 'allowPositionals');
	validateBoolean(returnTokens, 'tokens');
	validateObject(options, 'options');
	Object.keys(options).forEach(function (name) {
		var o = options[name];
		validateObject(o, 'options.' + name);
		if (o.type !== 'string' && o.type !== 'boolean') {
			throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
				'The "options.' + name + ".type\" property must be ('string|boolean'). Received " +
				errors.describeReceived(o.type));
		}
		if (has(o, 'short')) {
			if (typeof o.short !== 'string')
				throw errors.invalidArgType('options.' + name + '.short', 'string', o.short);
			if (o.short.length !== 1) {
				throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
					"The property 'options." + name + ".short' must be a single character. Received " +
					errors.inspectValue(o.short));
			}
		}
		if (has(o, 'multiple'))
			validateBoolean(o.multiple, 'options.' + name + '.multiple');
	});

	var tokens = tokenize(args, options);
	var values = Object.create(null);
	var positionals = [];
	for (var i = 0; i < tokens.length; i++) {
		var t = tokens[i];
		if (t.kind === 'option') {
			if (strict)
				checkToken(t, options, allowPositionals);
			storeOption(t.name, t.value, options, values);
		} else if (t.kind === 'positional') {
			if (!allowPositionals) {
				throw nodeError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
					"Unexpected argument '" + t.value + "'. This command does not take positional arguments");
			}
			positionals.push(t.value);
		}
	}
	Object.keys(options).forEach(function (name) {
		if (has(options[name], 'default') && values[name] === undefined)
			values[name] = options[name]['default'];
	});
	var result = { values: values, positionals: positionals };
	if (returnTokens)
		result.tokens = tokens;
	return result;
}

exports.parseArgs = parseArgs;
