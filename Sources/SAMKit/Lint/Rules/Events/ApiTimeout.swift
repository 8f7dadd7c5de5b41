/// A function behind API Gateway whose timeout is longer than API Gateway waits for it.
///
/// The finding is at the `Timeout`, where it is written, with a note at each API event; a
/// timeout from `Globals` is reported there once for each function that inherits it, so that
/// each function can suppress its own.
struct ApiTimeout: LintRule {
    /// How long API Gateway waits for an integration, in milliseconds, unless the event sets
    /// `TimeoutInMillis`: 29 seconds for a REST API, 30 for an HTTP API.
    static let integrationLimits = ["Api": 29_000, "HttpApi": 30_000]

    let rule = RuleDescription(
        id: "api-timeout",
        severity: .warning,
        title: "A function behind API Gateway times out before the API does.",
        rationale: """
            API Gateway gives up on an integration after 29 seconds for a REST API and 30 for \
            an HTTP API, unless the event sets a longer 'TimeoutInMillis' (REST APIs allow it \
            after a quota increase). A function allowed to run longer keeps running and is \
            billed after the caller has already had a 504 error. Set the function's 'Timeout' \
            at or below the integration's, and move longer work to an asynchronous path.
            """,
        documentation: """
            https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
            """,
        badExample: """
            Resources:
              Orders:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  CodeUri: src/
                  Timeout: 60
                  Events:
                    List:
                      Type: Api
                      Properties:
                        Path: /orders
                        Method: get
            """,
        goodExample: """
            Resources:
              Orders:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  CodeUri: src/
                  Timeout: 29
                  Events:
                    List:
                      Type: Api
                      Properties:
                        Path: /orders
                        Method: get
            """)

    func check(_ context: LintContext) -> [Finding] {
        let events = FunctionEvents(context)
        var byFunction: [(function: String, events: [(FunctionEvents.Event, Int)])] = []
        for event in events.events(ofTypes: Set(Self.integrationLimits.keys)) {
            let limit =
                event.properties["TimeoutInMillis"].flatMap(NumberValue.integer)
                ?? Self.integrationLimits[event.type] ?? 29_000
            if let last = byFunction.indices.last, byFunction[last].function == event.function {
                byFunction[last].events.append((event, limit))
            } else {
                byFunction.append((event.function, [(event, limit)]))
            }
        }
        return byFunction.compactMap { function, apiEvents in
            guard let timeout = events.timeout(of: function), let path = timeout.path else {
                return nil
            }
            let late = apiEvents.filter { timeout.seconds * 1000 > $0.1 }
            guard let shortest = late.map(\.1).min() else { return nil }
            let notes = late.map { event, limit in
                Finding.Note(
                    "API Gateway waits at most \(Self.seconds(limit)) for event '\(event.name)'",
                    path: event.path.appending("Type"))
            }
            return finding(
                Self.message(function, timeout.seconds, shortest), at: path,
                resource: function, notes: notes)
        }
    }

    private static func message(_ function: String, _ seconds: Int, _ limit: Int) -> String {
        "function '\(function)' may run for \(seconds) seconds, but API Gateway stops waiting "
            + "after \(Self.seconds(limit)) and answers 504; set 'Timeout' to at most "
            + "\(limit / 1000) or move the slow work off the request path"
    }

    private static func seconds(_ milliseconds: Int) -> String {
        milliseconds % 1000 == 0
            ? "\(milliseconds / 1000) seconds" : "\(Double(milliseconds) / 1000) seconds"
    }
}
