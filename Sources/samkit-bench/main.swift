import CYAML
import Glibc
import SAMKit

// Benchmarks that print figures; build with `swift build -c release --product samkit-bench`.
//
//   samkit-bench load [DIR] [--rounds N]
//     Loads every .yaml/.json file in DIR (default: ../shared/corpus/sam-translator/input)
//     into samkit's tree, and parses the same bytes with libyaml's bare event API, and prints
//     both times and their ratio. Files are read into memory first, so only parsing is timed.
//
//   samkit-bench validate FILE [--rounds N] [--samkit PATH] [--cfn-lint PATH]
//     Runs `samkit validate FILE` and `cfn-lint FILE` as whole processes, start-up included,
//     N times each (cfn-lint at most 10 times, since each run takes about a second), and
//     prints the best and median wall-clock time of each and their ratio. samkit defaults
//     to the `samkit` beside this executable, cfn-lint to the one on PATH.
//
//   samkit-bench transform [SET] [--rounds N] [--reference] [--slowest N]
//     Loads and transforms every case of a corpus set (default: functions) in one process, as
//     the conformance corpus was produced (region ap-southeast-1, param1/param2), and prints
//     templates per second. With --reference, also runs ../shared/tools/reference.py on the
//     same inputs in the same run and prints the time it reports, and the ratio. With
//     --slowest N, also times each template alone and lists the N slowest.

func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The best and the median of `rounds` timings of `body`, in seconds.
func measure(rounds: Int, _ body: () -> Void) -> (best: Double, median: Double) {
    var times: [Double] = []
    for _ in 0..<rounds {
        let start = monotonicSeconds()
        body()
        times.append(monotonicSeconds() - start)
    }
    times.sort()
    return (times[0], times[times.count / 2])
}

/// The whole number after `name` in the arguments, which are left without both.
@MainActor func takeNumber(_ name: String) -> Int? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count,
        let value = Int(arguments[index + 1]), value > 0
    else { return nil }
    arguments.removeSubrange(index...(index + 1))
    return value
}

func listFiles(_ directory: String) -> [String] {
    guard let handle = opendir(directory) else { return [] }
    defer { closedir(handle) }
    var names: [String] = []
    while let entry = readdir(handle) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.hasSuffix(".json") {
            names.append(directory + "/" + name)
        }
    }
    return names.sorted()
}

/// libyaml's event parse of `bytes` with nothing built from the events: the floor that any
/// loader on top of libyaml pays.
func rawEventCount(_ bytes: [UInt8]) -> Int {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) != 0 else { return 0 }
    defer { yaml_parser_delete(&parser) }
    var count = 0
    bytes.withUnsafeBufferPointer { buffer in
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) != 0 {
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            count += 1
            if done { break }
        }
    }
    return count
}

func benchmarkLoad(directory: String, rounds: Int) -> Int32 {
    let paths = listFiles(directory)
    guard !paths.isEmpty else {
        print("samkit-bench: no .yaml or .json files in '\(directory)'")
        return 2
    }
    var inputs: [(path: String, bytes: [UInt8])] = []
    for path in paths {
        guard let bytes = try? FileIO.read(path) else { continue }
        inputs.append((path, bytes))
    }
    let totalBytes = inputs.reduce(0) { $0 + $1.bytes.count }

    var events = 0
    var failures = 0
    let raw = measure(rounds: rounds) {
        events = inputs.reduce(0) { $0 + rawEventCount($1.bytes) }
    }
    let load = measure(rounds: rounds) {
        failures = 0
        for input in inputs {
            if (try? YAMLLoader.load(input.bytes, file: SourceFile(path: input.path))) == nil {
                failures += 1
            }
        }
    }

    let megabytes = Double(totalBytes) / 1_048_576
    func line(_ label: String, _ time: (best: Double, median: Double)) -> String {
        let perFile = time.median / Double(inputs.count) * 1e6
        return
            "\(label)  best \(format(time.best * 1000, 2)) ms  median \(format(time.median * 1000, 2)) ms"
            + "  (\(format(perFile, 1)) µs/file, \(format(megabytes / time.median, 1)) MB/s)"
    }
    print("\(inputs.count) files, \(format(megabytes, 2)) MB, \(events) events, \(rounds) rounds")
    print(line("libyaml events only ", raw))
    print(line("samkit load to tree ", load))
    print("ratio (median load / median raw parse): \(format(load.median / raw.median, 2))x")
    if failures > 0 { print("files that failed to load: \(failures)") }
    return 0
}

func format(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    if digits == 0 { return "\(Int(rounded))" }
    var text = "\(rounded)"
    if let dot = text.firstIndex(of: ".") {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    }
    return text
}

// MARK: - Whole-process timing

/// The wall-clock time of running `arguments` to completion, output discarded, or `nil` when
/// it could not be started.
func timeProcess(_ arguments: [String]) -> (seconds: Double, status: Int32)? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }

    let start = monotonicSeconds()
    var pid = pid_t()
    guard posix_spawnp(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else {
        return nil
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let elapsed = monotonicSeconds() - start
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
    return (elapsed, exitStatus)
}

func benchmarkValidate(file: String, rounds: Int, samkit: String, cfnLint: String) -> Int32 {
    func series(_ label: String, _ arguments: [String], rounds: Int) -> Double? {
        var times: [Double] = []
        var status: Int32 = 0
        for _ in 0..<rounds {
            guard let run = timeProcess(arguments) else {
                print("\(label): could not run '\(arguments[0])'")
                return nil
            }
            times.append(run.seconds)
            status = run.status
        }
        times.sort()
        let median = times[times.count / 2]
        print(
            "\(label)  best \(format(times[0] * 1000, 1)) ms  median "
                + "\(format(median * 1000, 1)) ms  (\(rounds) runs, exit status \(status))")
        return median
    }

    print("whole-process time of checking '\(file)', start-up included")
    let mine = series("samkit validate", [samkit, "validate", file], rounds: rounds)
    let theirs = series("cfn-lint       ", [cfnLint, file], rounds: min(rounds, 10))
    if let mine, let theirs {
        print("cfn-lint takes \(format(theirs / mine, 1))x as long as samkit (median to median)")
    }
    return mine == nil ? 2 : 0
}

/// The `samkit` executable in the folder this benchmark runs from.
func siblingSamkit() -> String {
    let me = CommandLine.arguments[0]
    guard let slash = me.lastIndex(of: "/") else { return "samkit" }
    return String(me[...slash]) + "samkit"
}

func readLines(_ path: String) -> [String] {
    guard let bytes = try? FileIO.read(path) else { return [] }
    return String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        .map { String($0).trimmingCharacters() }.filter { !$0.isEmpty }
}

extension String {
    func trimmingCharacters() -> String {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\r" || last == "\t" {
            text = text.dropLast()
        }
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        return String(text)
    }
}

/// Runs `arguments` and returns what it wrote to standard error, or nil if it could not run.
func runCapturingStandardError(_ arguments: [String]) -> String? {
    var pipe: [Int32] = [0, 0]
    guard Glibc.pipe(&pipe) == 0 else { return nil }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipe[1], 2)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addclose(&actions, pipe[0])
    var pid: pid_t = 0
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
    close(pipe[1])
    guard spawned == 0 else {
        close(pipe[0])
        return nil
    }
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = buffer.withUnsafeMutableBytes { Glibc.read(pipe[0], $0.baseAddress, $0.count) }
        if count <= 0 { break }
        output += buffer[0..<count]
    }
    close(pipe[0])
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return String(decoding: output, as: UTF8.self)
}

func benchmarkTransform(set: String, rounds: Int, withReference: Bool, slowest: Int) -> Int32 {
    let corpus = "../shared/corpus/sam-translator"
    let names = readLines("\(corpus)/sets/\(set).txt")
    guard !names.isEmpty else {
        print("samkit-bench: no cases in '\(corpus)/sets/\(set).txt' (run from the package root)")
        return 2
    }
    let paths = names.map { "\(corpus)/input/\($0).yaml" }
    let inputs = paths.compactMap { path in (try? FileIO.read(path)).map { (path, $0) } }
    let options = TransformOptions(
        region: "ap-southeast-1", parameterValues: ["param1": "value1", "param2": "value2"])
    let transformer = Transformer(options: options)

    var transformed = 0
    let time = measure(rounds: rounds) {
        transformed = 0
        for (path, bytes) in inputs {
            guard let document = try? TemplateDocument.load(bytes, path: path) else { continue }
            if (try? transformer.transform(document)) != nil { transformed += 1 }
        }
    }
    let perSecond = Double(inputs.count) / time.median
    print(
        "\(inputs.count) templates of set '\(set)' (\(transformed) transformed, the rest rejected), \(rounds) rounds"
    )
    print(
        "samkit load+transform  median \(format(time.median * 1000, 2)) ms  "
            + "(\(format(perSecond, 0)) templates/s, \(format(time.median / Double(inputs.count) * 1e6, 1)) µs/template)"
    )
    if slowest > 0 {
        // Each template on its own, to see where the time goes.
        let each = inputs.map { (path, bytes) in
            let time = measure(rounds: rounds) {
                guard let document = try? TemplateDocument.load(bytes, path: path) else { return }
                _ = try? transformer.transform(document)
            }
            return (path: path, median: time.median)
        }
        print("slowest templates (median of \(rounds) rounds):")
        for item in each.sorted(by: { $0.median > $1.median }).prefix(slowest) {
            let name = item.path.split(separator: "/").last.map(String.init) ?? item.path
            print("  \(format(item.median * 1e6, 0)) µs  \(name)")
        }
    }
    guard withReference else { return 0 }

    let outdir = "/tmp/samkit-bench-reference"
    let report = runCapturingStandardError(
        ["python3", "\(corpus)/../../tools/reference.py", outdir, "--region", "ap-southeast-1"]
            + paths)
    let line = report?.split(separator: "\n").last { $0.contains(" templates in ") }
    guard let line,
        let seconds = line.split(separator: " ").dropFirst(3).first.flatMap({ Double(String($0)) })
    else {
        print(
            "reference: could not run ../shared/tools/reference.py (is aws-sam-translator installed?)"
        )
        return 1
    }
    print(
        "reference transform    \(format(seconds * 1000, 2)) ms in-process for the same inputs "
            + "(\(format(Double(inputs.count) / seconds, 0)) templates/s)")
    print("samkit is \(format(seconds / time.median, 1))x faster")
    return 0
}

// MARK: - Arguments

var arguments = Array(CommandLine.arguments.dropFirst())
var rounds = 10
let withReference = arguments.contains("--reference")
let slowest = takeNumber("--slowest") ?? 0
arguments.removeAll { $0 == "--reference" }
if let index = arguments.firstIndex(of: "--rounds"), index + 1 < arguments.count,
    let value = Int(arguments[index + 1]), value > 0
{
    rounds = value
    arguments.removeSubrange(index...(index + 1))
}
@MainActor func takeOption(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else {
        return nil
    }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
    return value
}
let samkitPath = takeOption("--samkit") ?? siblingSamkit()
let cfnLintPath = takeOption("--cfn-lint") ?? "cfn-lint"
let command = arguments.first ?? "load"
switch command {
case "load":
    let directory = arguments.dropFirst().first ?? "../shared/corpus/sam-translator/input"
    exit(benchmarkLoad(directory: directory, rounds: rounds))
case "validate":
    guard let file = arguments.dropFirst().first else {
        print("usage: samkit-bench validate FILE [--rounds N] [--samkit PATH] [--cfn-lint PATH]")
        exit(2)
    }
    exit(benchmarkValidate(file: file, rounds: rounds, samkit: samkitPath, cfnLint: cfnLintPath))
case "transform":
    exit(
        benchmarkTransform(
            set: arguments.dropFirst().first ?? "functions", rounds: rounds,
            withReference: withReference, slowest: slowest))
default:
    print("usage: samkit-bench load [DIR] [--rounds N]")
    print("       samkit-bench transform [SET] [--rounds N] [--reference] [--slowest N]")
    print("       samkit-bench validate FILE [--rounds N] [--samkit PATH] [--cfn-lint PATH]")
    exit(2)
}
