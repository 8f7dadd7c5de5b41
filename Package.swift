// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "samkit",
    products: [
        .library(name: "SAMKit", targets: ["SAMKit"]),
        .executable(name: "samkit", targets: ["samkit"]),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(
            name: "SAMKit",
            dependencies: ["CYAML"]
        ),
        .executableTarget(
            name: "samkit",
            dependencies: ["SAMKit"]
        ),
        .executableTarget(
            name: "samkit-bench",
            dependencies: ["SAMKit", "CYAML"]
        ),
        .testTarget(
            name: "SAMKitTests",
            dependencies: ["SAMKit"],
            exclude: ["Conformance/passing-cases.txt"]
        ),
    ]
)
