/// When Lambda deprecates each managed runtime, and when it stops creating and then updating
/// functions that use it, from the runtime deprecation policy in the Lambda Developer Guide.
///
/// The dates are data: when AWS announces a new schedule, change or add a line here. Dates are
/// `YYYY-MM-DD`, in UTC; a test checks that each parses.
struct LambdaRuntimeLifecycle: Sendable {
    var runtime: String
    /// From this day the runtime gets no more security patches.
    var deprecated: String
    /// From this day Lambda refuses to create functions with the runtime.
    var blockCreate: String
    /// From this day Lambda refuses to update functions with the runtime.
    var blockUpdate: String
    /// The runtime to move to, when the schedule names one.
    var successor: String?

    static let schedule: [LambdaRuntimeLifecycle] = [
        .init("nodejs", "2016-08-30", "2016-09-30", "2016-10-31", "nodejs24.x"),
        .init("nodejs4.3", "2020-03-05", "2020-02-03", "2020-03-05", "nodejs24.x"),
        .init("nodejs4.3-edge", "2020-03-05", "2019-03-31", "2019-04-30", "nodejs24.x"),
        .init("nodejs6.10", "2019-08-12", "2019-07-12", "2019-08-12", "nodejs24.x"),
        .init("nodejs8.10", "2020-03-06", "2020-02-04", "2020-03-06", "nodejs24.x"),
        .init("nodejs10.x", "2021-07-30", "2021-07-30", "2022-02-14", "nodejs24.x"),
        .init("nodejs12.x", "2023-03-31", "2023-03-31", "2023-04-30", "nodejs24.x"),
        .init("nodejs14.x", "2023-12-04", "2024-01-09", "2026-07-01", "nodejs24.x"),
        .init("nodejs16.x", "2024-06-12", "2026-06-01", "2026-07-01", "nodejs24.x"),
        .init("nodejs18.x", "2025-09-01", "2026-06-01", "2026-07-01", "nodejs24.x"),
        .init("nodejs20.x", "2026-04-30", "2026-06-01", "2026-07-01", "nodejs24.x"),
        .init("nodejs22.x", "2027-04-30", "2027-06-01", "2027-07-01", "nodejs24.x"),
        .init("nodejs24.x", "2028-04-30", "2028-06-01", "2028-07-01", nil),
        .init("python2.7", "2021-07-15", "2021-07-15", "2022-05-30", "python3.14"),
        .init("python3.6", "2022-07-18", "2022-07-18", "2022-08-29", "python3.14"),
        .init("python3.7", "2023-12-04", "2024-01-09", "2026-03-09", "python3.14"),
        .init("python3.8", "2024-10-14", "2026-06-01", "2026-07-01", "python3.14"),
        .init("python3.9", "2025-12-15", "2026-06-01", "2026-07-01", "python3.14"),
        .init("python3.10", "2026-06-30", "2026-07-31", "2026-08-31", "python3.14"),
        .init("python3.11", "2026-06-30", "2026-07-31", "2026-08-31", "python3.14"),
        .init("python3.12", "2028-10-31", "2028-11-30", "2029-01-10", "python3.14"),
        .init("python3.13", "2029-06-30", "2029-07-31", "2029-08-31", "python3.14"),
        .init("python3.14", "2029-06-30", "2029-07-31", "2029-08-31", nil),
        .init("ruby2.5", "2021-07-30", "2021-07-30", "2022-03-31", "ruby3.4"),
        .init("ruby2.7", "2023-12-07", "2024-01-09", "2026-07-01", "ruby3.4"),
        .init("ruby3.2", "2026-03-31", "2026-06-01", "2026-07-01", "ruby3.4"),
        .init("ruby3.3", "2027-03-31", "2027-04-30", "2027-05-31", "ruby3.4"),
        .init("ruby3.4", "2028-03-31", "2028-04-30", "2028-05-31", nil),
        .init("java8", "2024-01-08", "2024-02-08", "2026-07-01", "java25"),
        .init("java8.al2", "2026-06-30", "2026-07-31", "2026-08-31", "java25"),
        .init("java11", "2026-06-30", "2026-07-31", "2026-08-31", "java25"),
        .init("java17", "2026-06-30", "2026-07-31", "2026-08-31", "java25"),
        .init("java21", "2029-06-30", "2029-07-31", "2029-08-31", "java25"),
        .init("java25", "2029-06-30", "2029-07-31", "2029-08-31", nil),
        .init("go1.x", "2024-01-08", "2024-02-08", "2026-07-01", "provided.al2023"),
        .init("provided", "2024-01-08", "2024-02-08", "2026-07-01", "provided.al2023"),
        .init("provided.al2", "2026-06-30", "2026-07-31", "2026-08-31", "provided.al2023"),
        .init("provided.al2023", "2029-06-30", "2029-07-31", "2029-08-31", nil),
        .init("dotnetcore1.0", "2019-06-27", "2019-06-30", "2019-07-30", "dotnet8"),
        .init("dotnetcore2.0", "2019-05-30", "2019-04-30", "2019-05-30", "dotnet8"),
        .init("dotnetcore2.1", "2022-01-05", "2022-01-05", "2022-04-13", "dotnet8"),
        .init("dotnetcore3.1", "2023-04-03", "2023-04-03", "2023-05-03", "dotnet8"),
        .init("dotnet6", "2024-12-20", "2026-06-01", "2026-07-01", "dotnet8"),
        .init("dotnet8", "2026-11-10", "2026-12-10", "2027-01-11", nil),
    ]

    init(
        _ runtime: String, _ deprecated: String, _ blockCreate: String, _ blockUpdate: String,
        _ successor: String?
    ) {
        self.runtime = runtime
        self.deprecated = deprecated
        self.blockCreate = blockCreate
        self.blockUpdate = blockUpdate
        self.successor = successor
    }

    static func lookup(_ runtime: String) -> LambdaRuntimeLifecycle? {
        schedule.first { $0.runtime == runtime }
    }

    /// Where the runtime stands on `day`.
    func phase(on day: CalendarDate) -> Phase {
        let never = CalendarDate(year: 9999, month: 12, day: 31)
        let date = { (text: String) in CalendarDate(text) ?? never }
        if day >= date(blockUpdate) { return .updateBlocked }
        if day >= date(blockCreate) { return .createBlocked }
        if day >= date(deprecated) { return .deprecated }
        return .supported
    }

    enum Phase: Equatable {
        case supported
        case deprecated
        case createBlocked
        case updateBlocked
    }
}
