import CYAML
import Glibc
import SAMKit

// Benchmarks that print figures; build with `swift build -c release --product samkit-bench`.
//
//   samkit-bench load [DIR] [--rounds N]
//     Loads every .yaml/.json file in DIR (default: ../shared/corpus/sam-translator/input)
//     into samkit's tree, and parses the same bytes with libyaml's bare event API, and prints
//     both times and their ratio. Files are read into memory first, so only parsing is timed.

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
    var text = "\(rounded)"
    if let dot = text.firstIndex(of: ".") {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    }
    return text
}

// MARK: - Arguments

var arguments = Array(CommandLine.arguments.dropFirst())
var rounds = 10
if let index = arguments.firstIndex(of: "--rounds"), index + 1 < arguments.count,
    let value = Int(arguments[index + 1]), value > 0
{
    rounds = value
    arguments.removeSubrange(index...(index + 1))
}
let command = arguments.first ?? "load"
let directory = arguments.dropFirst().first ?? "../shared/corpus/sam-translator/input"
switch command {
case "load":
    exit(benchmarkLoad(directory: directory, rounds: rounds))
default:
    print("usage: samkit-bench load [DIR] [--rounds N]")
    exit(2)
}
