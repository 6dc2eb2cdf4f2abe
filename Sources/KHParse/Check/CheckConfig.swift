import Foundation
import TOMLKit

/// A rule's level in a configuration: one of the three, or off.
///
/// `task-without-lead = "warning"` in `[rules]` is `.level(.warning)`; `missing-deadline = "off"` is `.off`.
public enum RuleSetting: Sendable, Equatable {
    /// The rule does not run: `"off"`.
    case off
    /// The rule runs at this level: `"warning"`.
    case level(Diagnostic.Severity)

    /// "error", "warning", "note" or "off".
    public init?(_ text: String) {
        if text == "off" { self = .off } else if let level = Diagnostic.Severity(rawValue: text) { self = .level(level) } else { return nil }
    }
}

/// A `kh-parse.toml` or baseline that cannot be read as one, with a message naming the file and the key: `ConfigError("kh-parse.toml: fail-on is error, warning, note or never")`.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    /// One line naming the file and the problem.
    public var description: String
    /// An error that says `description`.
    public init(_ description: String) { self.description = description }
}

/// What `kh-parse check` is asked to do: `kh-parse.toml` (found by walking up from the current folder, or
/// `--config`), then the flags, which override it.
///
/// ```toml
/// fail-on = "warning"          # error (default), warning, note, never
/// horizon = 10                 # years after the issue date for deadline-after-horizon (default 15)
/// include = ["*.txt"]          # as kh-parse batch's --include / --exclude
/// exclude = ["drafts"]
///
/// [rules]
/// missing-deadline = "off"
/// task-without-lead = "error"
///
/// [[overrides]]                # later entries win; globs match the path from the config's folder
/// paths = ["archive/*"]
/// rules = { deadline-before-issue = "off" }
/// ```
public struct CheckConfig: Sendable {
    /// Rule settings for some paths: `[[overrides]] paths = ["archive/*"] rules = { deadline-before-issue = "off" }`.
    public struct Override: Sendable {
        /// Globs of paths, from the configuration file's folder.
        public var paths: [String]
        /// Rule id → level or off, for those paths.
        public var rules: [String: RuleSetting]
    }

    /// Rule id → level or off (`[rules]`).
    public var rules: [String: RuleSetting] = [:]
    /// The level from which a finding fails the run (`fail-on`); nil: error.
    public var failOn: FailOn?
    /// Years after the issue date past which a deadline is suspect (`horizon`); nil: 15.
    public var horizonYears: Int?
    /// Globs of the plans to read, as `kh-parse batch --include`.
    public var include: [String] = []
    /// Globs of paths to leave out, as `kh-parse batch --exclude`.
    public var exclude: [String] = []
    /// Per-path rule settings, later entries winning.
    public var overrides: [Override] = []
    /// The folder of the file it was read from: override globs match paths relative to it.
    public var directory: String?

    // The flags (`--select`, `--ignore`, `--severity`), applied after everything from the file.
    /// `--select`: only these rules, when given.
    public var select: [String]?
    /// `--ignore`: rules turned off.
    public var ignore: [String] = []
    /// `--severity RULE=LEVEL`: levels that override the file's.
    public var severities: [String: RuleSetting] = [:]

    /// No configuration: every rule at its default level.
    public init() {}

    /// The level of `rule` for `file` (a path as given), or nil when it is off there.
    public func level(of rule: Rule, file: String) -> Diagnostic.Severity? {
        var setting = rules[rule.id] ?? .level(rule.level)
        if !overrides.isEmpty {
            let relative = relativePath(file)
            for override in overrides where override.paths.contains(where: { Self.glob($0, matches: relative) }) {
                if let s = override.rules[rule.id] { setting = s }
            }
        }
        if let s = severities[rule.id] { setting = s }
        if let select, !select.contains(rule.id) { setting = .off }
        if ignore.contains(rule.id) { setting = .off }
        if case let .level(level) = setting { return level }
        return nil
    }

    /// `*` and `?` match any characters, `/` too ("archive/*" holds archive/2019/kh.txt); `**/` any folders.
    static func glob(_ pattern: String, matches path: String) -> Bool {
        let p = pattern.replacingOccurrences(of: "**/", with: "*")
        return fnmatch(p, path, 0) == 0 || fnmatch(p + "/*", path, 0) == 0
    }

    /// `plans/2024/kh.txt` given from the current folder → relative to the config's folder when it is below it.
    func relativePath(_ file: String) -> String {
        guard let directory else { return file }
        let absolute = file.hasPrefix("/") ? file : FileManager.default.currentDirectoryPath + "/" + file
        let standardized = (absolute as NSString).standardizingPath
        let base = (directory as NSString).standardizingPath
        if standardized.hasPrefix(base + "/") { return String(standardized.dropFirst(base.count + 1)) }
        return file
    }

    /// Rule ids the configuration or flags name that no rule has.
    public func unknownRules() -> [String] {
        let named = Array(rules.keys) + overrides.flatMap { Array($0.rules.keys) } + (select ?? []) + ignore + Array(severities.keys)
        return Array(Set(named.filter { RuleCatalog.rule(id: $0) == nil && Diagnostic.Code(rawValue: $0) == nil })).sorted()
    }

    /// `kh-parse.toml` in the current folder or the nearest folder above it.
    public static func find(from directory: String = FileManager.default.currentDirectoryPath) -> String? {
        var folder = (directory as NSString).standardizingPath
        while true {
            let candidate = (folder as NSString).appendingPathComponent("kh-parse.toml")
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { return nil }
            folder = parent
        }
    }

    /// Reads a `kh-parse.toml` file.
    public static func load(path: String) throws(ConfigError) -> CheckConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError("cannot read \(path): \(String(cString: strerror(errno)))")
        }
        var config = try parse(String(decoding: data, as: UTF8.self), name: path)
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        config.directory = ((absolute as NSString).deletingLastPathComponent as NSString).standardizingPath
        return config
    }

    /// Reads the text of a `kh-parse.toml`; `name` is the file name its errors cite.
    public static func parse(_ text: String, name: String) throws(ConfigError) -> CheckConfig {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError("\(name):\(error.source.begin.line):\(error.source.begin.column): \(error.description)")
        } catch {
            throw ConfigError("\(name): \(error)")
        }
        var config = CheckConfig()
        for key in table.keys {
            let value = table[key]!
            switch key {
            case "fail-on":
                guard let text = value.string, let failOn = FailOn(rawValue: text) else {
                    throw ConfigError("\(name): fail-on is one of error, warning, note, never")
                }
                config.failOn = failOn
            case "horizon":
                guard let years = value.int, years > 0 else { throw ConfigError("\(name): horizon is a number of years") }
                config.horizonYears = years
            case "include", "exclude":
                let globs = try strings(value, "\(key)", name)
                if key == "include" { config.include = globs } else { config.exclude = globs }
            case "rules":
                guard let rules = value.table else { throw ConfigError("\(name): [rules] is a table of rule = \"level\"") }
                config.rules = try settings(rules, "rules", name)
            case "overrides":
                guard let array = value.array else { throw ConfigError("\(name): overrides is an array of tables ([[overrides]])") }
                for (i, element) in array.enumerated() {
                    guard let entry = element.table, let paths = entry["paths"], let rules = entry["rules"]?.table else {
                        throw ConfigError("\(name): overrides[\(i)] wants paths = [globs] and rules = { rule = \"level\" }")
                    }
                    config.overrides.append(Override(paths: try strings(paths, "overrides[\(i)].paths", name),
                                                     rules: try settings(rules, "overrides[\(i)].rules", name)))
                }
            default:
                throw ConfigError("\(name): unknown key \"\(key)\" (fail-on, horizon, include, exclude, [rules], [[overrides]])")
            }
        }
        return config
    }

    private static func strings(_ value: TOMLValueConvertible, _ key: String, _ name: String) throws(ConfigError) -> [String] {
        if let single = value.string { return [single] }
        guard let array = value.array else { throw ConfigError("\(name): \(key) is a list of globs") }
        var out: [String] = []
        for element in array {
            guard let s = element.string else { throw ConfigError("\(name): \(key) is a list of globs") }
            out.append(s)
        }
        return out
    }

    private static func settings(_ table: TOMLTable, _ key: String, _ name: String) throws(ConfigError) -> [String: RuleSetting] {
        var out: [String: RuleSetting] = [:]
        for rule in table.keys {
            guard let text = table[rule]?.string, let setting = RuleSetting(text) else {
                throw ConfigError("\(name): \(key).\(rule) is \"error\", \"warning\", \"note\" or \"off\"")
            }
            out[rule] = setting
        }
        return out
    }
}
