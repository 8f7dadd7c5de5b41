import Testing

@testable import SAMKit

/// The Globals pass merges each section into the resources of its type exactly as the
/// reference transform does, and rejects a bad section with located messages.
@Suite struct GlobalsPassTests {
    /// Runs the pass on `text` and returns the template it leaves.
    static func run(_ text: String) throws -> Mapping {
        let document = try TemplateDocument.load(Array(text.utf8), path: "t.yaml")
        let context = TransformContext(options: TransformOptions(), template: document.sections)
        try GlobalsPass().apply(to: context)
        return context.template
    }

    /// The `Resources` of `text`, as the expected result of a case.
    static func resources(_ text: String) throws -> Node? {
        try TemplateDocument.load(Array(text.utf8), path: "expected.yaml").sections["Resources"]
    }

    /// Every message the pass rejects `text` with, located.
    static func failures(_ text: String) throws -> [String] {
        do {
            _ = try run(text)
            return []
        } catch let error as DiagnosticList {
            return error.diagnostics.map(\.description)
        }
    }

    // MARK: - Merging

    /// (name, template, the expected `Resources` after the pass), checked against the
    /// reference's Globals plugin.
    static let merges: [(String, String, String)] = [
        (
            "the resource's scalar wins and missing ones come from globals",
            """
            Globals:
              Function: {Runtime: python3.9, Handler: index.handler, Timeout: 3}
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, CodeUri: s3://b/k}
            """,
            """
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties:
                  {Runtime: python3.12, Handler: index.handler, Timeout: 3, CodeUri: s3://b/k}
            """
        ),
        (
            "mappings merge key by key at every depth, lists inside them concatenate",
            """
            Globals:
              Function:
                Environment: {Variables: {A: g, B: g}}
                VpcConfig: {SubnetIds: [s1], SecurityGroupIds: [g1]}
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties:
                  Environment: {Variables: {B: r, C: r}}
                  VpcConfig: {SecurityGroupIds: [r1]}
            """,
            """
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties:
                  Environment: {Variables: {A: g, B: r, C: r}}
                  VpcConfig: {SubnetIds: [s1], SecurityGroupIds: [g1, r1]}
            """
        ),
        (
            "lists concatenate with the global items first and duplicates kept",
            """
            Globals:
              Function: {Layers: [g1, shared]}
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties: {Layers: [shared, r1]}
            """,
            """
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties: {Layers: [g1, shared, shared, r1]}
            """
        ),
        (
            "a function's own Architectures replace the global ones, deeper ones concatenate",
            """
            Globals:
              Function: {Architectures: [x86_64], Environment: {Variables: {Architectures: [a]}}}
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties:
                  Architectures: [arm64]
                  Environment: {Variables: {Architectures: [b]}}
              G:
                Type: AWS::Serverless::Function
                Properties: {Handler: h}
            """,
            """
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties:
                  Architectures: [arm64]
                  Environment: {Variables: {Architectures: [a, b]}}
              G:
                Type: AWS::Serverless::Function
                Properties:
                  Architectures: [x86_64]
                  Environment: {Variables: {Architectures: [a]}}
                  Handler: h
            """
        ),
        (
            "an intrinsic in globals counts as a scalar, so the resource's mapping wins",
            """
            Globals:
              Function:
                Tags: {Fn::If: [IsProd, {Stage: prod}, {Stage: dev}]}
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties: {Tags: {Team: a}}
            """,
            """
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties: {Tags: {Team: a}}
            """
        ),
        (
            "an intrinsic on the resource replaces the global mapping",
            """
            Globals:
              Function:
                VpcConfig: {SubnetIds: [s1], SecurityGroupIds: [g1]}
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties:
                  VpcConfig: !If [HasVpc, {SubnetIds: [s2]}, !Ref AWS::NoValue]
            """,
            """
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties:
                  VpcConfig: {Fn::If: [HasVpc, {SubnetIds: [s2]}, {Ref: AWS::NoValue}]}
            """
        ),
        (
            "intrinsics on both sides give the resource's",
            """
            Globals:
              Function:
                Runtime: !Ref RuntimeParameter
                Environment: {Variables: {Fn::If: [C, {A: 1}, {B: 2}]}}
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: !Sub '${Runtime}'
                  Environment: {Variables: {Fn::If: [C, {A: 3}, {B: 4}]}}
            """,
            """
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: {Fn::Sub: '${Runtime}'}
                  Environment: {Variables: {Fn::If: [C, {A: 3}, {B: 4}]}}
            """
        ),
        (
            "values of different kinds give the resource's",
            """
            Globals:
              Function:
                CodeUri: s3://bucket/global.zip
                Layers: [g1]
                Environment: {Variables: {A: g}}
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: {Bucket: b, Key: k}
                  Layers: layer-as-text
                  Environment: null
            """,
            """
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: {Bucket: b, Key: k}
                  Layers: layer-as-text
                  Environment: null
            """
        ),
        (
            "a mapping of several keys, one of them Fn::, merges as a mapping",
            """
            Globals:
              Function:
                Environment: {Variables: {Fn::A: g, X: g}}
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties:
                  Environment: {Variables: {Fn::A: r, Y: r}}
            """,
            """
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties:
                  Environment: {Variables: {Fn::A: r, X: g, Y: r}}
            """
        ),
        (
            "a null value on either side follows the scalar rule",
            """
            Globals:
              Function: {Description: null, Environment: {Variables: {A: g}}}
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties: {Environment: {Variables: null}}
            """,
            """
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties: {Description: null, Environment: {Variables: null}}
            """
        ),
        (
            "a resource without Properties takes the globals as its Properties",
            """
            Globals:
              Function: {Runtime: python3.12, Layers: [g1]}
            Resources:
              F:
                Type: AWS::Serverless::Function
                DependsOn: Other
            """,
            """
            Resources:
              F:
                Type: AWS::Serverless::Function
                DependsOn: Other
                Properties: {Runtime: python3.12, Layers: [g1]}
            """
        ),
        (
            "a null Properties takes no globals",
            """
            Globals:
              Function: {Runtime: python3.12}
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties:
            """,
            """
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties:
            """
        ),
        (
            "Properties written as an intrinsic take no globals",
            """
            Globals:
              Function: {Runtime: python3.12}
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties: {Fn::If: [C, {Handler: a}, {Handler: b}]}
            """,
            """
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties: {Fn::If: [C, {Handler: a}, {Handler: b}]}
            """
        ),
        (
            "resources of other types are untouched",
            """
            Globals:
              Function: {Runtime: python3.12, Tags: {a: b}}
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties: {Tags: [{Key: k, Value: v}]}
              Table:
                Type: AWS::Serverless::SimpleTable
                Properties: {TableName: t}
              Conn:
                Type: AWS::Serverless::Connector
                Properties: {Runtime: x}
            """,
            """
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties: {Tags: [{Key: k, Value: v}]}
              Table:
                Type: AWS::Serverless::SimpleTable
                Properties: {TableName: t}
              Conn:
                Type: AWS::Serverless::Connector
                Properties: {Runtime: x}
            """
        ),
        (
            "every resource type with a section takes its own globals",
            """
            Globals:
              Api: {Name: shared-api, Variables: {a: g}}
              HttpApi: {FailOnWarnings: true}
              SimpleTable: {SSESpecification: {SSEEnabled: true}}
              StateMachine: {PropagateTags: true}
              LayerVersion: {PublishLambdaVersion: true}
              WebSocketApi: {RouteSelectionExpression: $request.body.action}
              NetworkConnector: {Tags: {a: g}}
              MicrovmImage: {BaseImageVersion: '1'}
            Resources:
              Rest:
                Type: AWS::Serverless::Api
                Properties: {StageName: prod, Variables: {b: r}}
              Http:
                Type: AWS::Serverless::HttpApi
              Table:
                Type: AWS::Serverless::SimpleTable
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties: {PropagateTags: false}
              Layer:
                Type: AWS::Serverless::LayerVersion
                Properties: {ContentUri: s3://b/k}
              Socket:
                Type: AWS::Serverless::WebSocketApi
                Properties: {Name: s}
              Connector:
                Type: AWS::Serverless::NetworkConnector
                Properties: {Tags: {b: r}}
              Image:
                Type: AWS::Serverless::MicrovmImage
            """,
            """
            Resources:
              Rest:
                Type: AWS::Serverless::Api
                Properties: {Name: shared-api, Variables: {a: g, b: r}, StageName: prod}
              Http:
                Type: AWS::Serverless::HttpApi
                Properties: {FailOnWarnings: true}
              Table:
                Type: AWS::Serverless::SimpleTable
                Properties: {SSESpecification: {SSEEnabled: true}}
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties: {PropagateTags: false}
              Layer:
                Type: AWS::Serverless::LayerVersion
                Properties: {PublishLambdaVersion: true, ContentUri: s3://b/k}
              Socket:
                Type: AWS::Serverless::WebSocketApi
                Properties: {RouteSelectionExpression: $request.body.action, Name: s}
              Connector:
                Type: AWS::Serverless::NetworkConnector
                Properties: {Tags: {a: g, b: r}}
              Image:
                Type: AWS::Serverless::MicrovmImage
                Properties: {BaseImageVersion: '1'}
            """
        ),
        (
            "capacity providers keep only the managed tags they write; Architectures replace",
            """
            Globals:
              CapacityProvider:
                ManagedResourceTags: {Team: g, Cost: g}
                InstanceRequirements: {Architectures: [x86_64], AllowedTypes: [m5.large]}
            Resources:
              Pruned:
                Type: AWS::Serverless::CapacityProvider
                Properties:
                  ManagedResourceTags: {Cost: r, Owner: r}
                  InstanceRequirements: {Architectures: [arm64], AllowedTypes: [m6g.large]}
              EmptyTags:
                Type: AWS::Serverless::CapacityProvider
                Properties:
                  ManagedResourceTags: {}
            """,
            """
            Resources:
              Pruned:
                Type: AWS::Serverless::CapacityProvider
                Properties:
                  ManagedResourceTags: {Cost: r, Owner: r}
                  InstanceRequirements:
                    Architectures: [arm64]
                    AllowedTypes: [m5.large, m6g.large]
              EmptyTags:
                Type: AWS::Serverless::CapacityProvider
                Properties:
                  ManagedResourceTags: {Team: g, Cost: g}
                  InstanceRequirements: {Architectures: [x86_64], AllowedTypes: [m5.large]}
            """
        ),
        (
            "an empty section for a type changes nothing",
            """
            Globals:
              Function: {}
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties: {Handler: h}
            """,
            """
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties: {Handler: h}
            """
        ),
        (
            "IgnoreGlobals leaves out all, some or none of the globals, and is removed",
            """
            Globals:
              Function: {Runtime: python3.12, Handler: index.handler, Layers: [g1]}
            Resources:
              All:
                Type: AWS::Serverless::Function
                IgnoreGlobals: '*'
                Properties: {CodeUri: s3://b/k}
              Some:
                Type: AWS::Serverless::Function
                IgnoreGlobals: [Runtime, Layers]
                Properties: {Layers: [r1]}
              EmptyList:
                Type: AWS::Serverless::Function
                IgnoreGlobals: []
              EmptyText:
                Type: AWS::Serverless::Function
                IgnoreGlobals: ''
              Table:
                Type: AWS::Serverless::SimpleTable
                IgnoreGlobals: 5
                Properties: {TableName: t}
            """,
            """
            Resources:
              All:
                Type: AWS::Serverless::Function
                Properties: {CodeUri: s3://b/k}
              Some:
                Type: AWS::Serverless::Function
                Properties: {Handler: index.handler, Layers: [r1]}
              EmptyList:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: index.handler, Layers: [g1]}
              EmptyText:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: index.handler, Layers: [g1]}
              Table:
                Type: AWS::Serverless::SimpleTable
                Properties: {TableName: t}
            """
        ),
        (
            "a 3.x OpenApiVersion turns a managed Swagger skeleton into OpenAPI",
            """
            Globals:
              Api: {OpenApiVersion: 3.0}
            Resources:
              Managed:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  __MANAGE_SWAGGER: true
                  DefinitionBody: {swagger: '2.0', info: {version: '1.0'}, paths: {}}
              Own:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  DefinitionBody: {swagger: '2.0', info: {version: '1.0'}, paths: {}}
              Two:
                Type: AWS::Serverless::Api
                Properties:
                  OpenApiVersion: '2.0'
                  __MANAGE_SWAGGER: true
                  DefinitionBody: {swagger: '2.0', paths: {}}
              Patch:
                Type: AWS::Serverless::Api
                Properties:
                  OpenApiVersion: 3.0.1
                  __MANAGE_SWAGGER: true
                  DefinitionUri: s3://b/k
              Text:
                Type: AWS::Serverless::Api
                Properties:
                  OpenApiVersion: '3.1'
                  __MANAGE_SWAGGER: true
                  DefinitionBody: {swagger: '', paths: {}}
            """,
            """
            Resources:
              Managed:
                Type: AWS::Serverless::Api
                Properties:
                  OpenApiVersion: '3.0'
                  StageName: prod
                  __MANAGE_SWAGGER: true
                  DefinitionBody: {info: {version: '1.0'}, paths: {}, openapi: '3.0'}
              Own:
                Type: AWS::Serverless::Api
                Properties:
                  OpenApiVersion: 3.0
                  StageName: prod
                  DefinitionBody: {swagger: '2.0', info: {version: '1.0'}, paths: {}}
              Two:
                Type: AWS::Serverless::Api
                Properties:
                  OpenApiVersion: '2.0'
                  __MANAGE_SWAGGER: true
                  DefinitionBody: {swagger: '2.0', paths: {}}
              Patch:
                Type: AWS::Serverless::Api
                Properties:
                  OpenApiVersion: 3.0.1
                  __MANAGE_SWAGGER: true
                  DefinitionUri: s3://b/k
              Text:
                Type: AWS::Serverless::Api
                Properties:
                  OpenApiVersion: '3.1'
                  __MANAGE_SWAGGER: true
                  DefinitionBody: {swagger: '', paths: {}, openapi: '3.1'}
            """
        ),
        (
            "a managed definition follows the resource's own version without any Globals",
            """
            Resources:
              Managed:
                Type: AWS::Serverless::Api
                Properties:
                  OpenApiVersion: 3.0.0
                  __MANAGE_SWAGGER: true
                  DefinitionBody: {swagger: '2.0', paths: {}}
            """,
            """
            Resources:
              Managed:
                Type: AWS::Serverless::Api
                Properties:
                  OpenApiVersion: 3.0.0
                  __MANAGE_SWAGGER: true
                  DefinitionBody: {paths: {}, openapi: 3.0.0}
            """
        ),
    ]

    @Test(arguments: merges)
    func mergesAsTheReferenceDoes(name: String, template: String, expected: String) throws {
        let result = try Self.run(template)
        #expect(result["Globals"] == nil, "\(name)")
        let resources = try #require(result["Resources"]?.mapping, "\(name)")
        let wanted = try #require(try Self.resources(expected)?.mapping, "\(name)")
        #expect(resources.keys == wanted.keys, "\(name)")
        for entry in wanted {
            // Mapping equality compares order too: global keys first, then the resource's.
            #expect(resources[entry.key] == entry.value, "\(name): \(entry.key)")
            #expect(resources[entry.key]?.mapping?.keys == entry.value.mapping?.keys)
        }
    }

    @Test func aTemplateWithoutGlobalsIsUnchanged() throws {
        let text = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties: {Handler: h}
            """
        let document = try TemplateDocument.load(Array(text.utf8), path: "t.yaml")
        #expect(try Self.run(text) == document.sections)
    }

    @Test func mergedValuesPointWhereTheyWereWritten() throws {
        let result = try Self.run(
            """
            Globals:
              Function:
                Runtime: python3.12
                Layers: [g1]
            Resources:
              F:
                Type: AWS::Serverless::Function
                Properties:
                  Layers: [r1]
            """)
        let properties = try #require(result["Resources"]?["F"]?["Properties"]?.mapping)
        #expect(properties.entry("Runtime")?.keyMark?.description == "t.yaml:3:5")
        #expect(properties["Runtime"]?.mark?.description == "t.yaml:3:14")
        #expect(properties.entry("Layers")?.keyMark?.description == "t.yaml:9:7")
        let layers = try #require(properties["Layers"]?.sequence)
        #expect(layers.map { $0.mark?.description } == ["t.yaml:4:14", "t.yaml:9:16"])
    }

    // MARK: - Errors

    /// (name, template, every message with its place).
    static let errors: [(String, String, [String])] = [
        (
            "a list instead of a mapping", "Globals: [1, 2, 3]\nResources: {}",
            [
                "t.yaml:1:10: error: 'Globals' must be a mapping from resource types, such as "
                    + "'Function', to the properties they share, but it is a list"
            ]
        ),
        (
            "an empty Globals", "Globals:\nResources: {}",
            [
                "t.yaml:1:1: error: 'Globals' must be a mapping from resource types, such as "
                    + "'Function', to the properties they share, but it is empty"
            ]
        ),
        (
            "a misspelt resource type",
            "Globals:\n  Functions: {Runtime: python3.12}\nResources: {}",
            [
                "t.yaml:2:3: error: 'Functions' in 'Globals' is not a resource type that takes "
                    + "globals; expected one of 'Api', 'CapacityProvider', 'Function', "
                    + "'HttpApi', 'LayerVersion', 'MicrovmImage', 'NetworkConnector', "
                    + "'SimpleTable', 'StateMachine', 'WebSocketApi'; did you mean 'Function'?"
            ]
        ),
        (
            "a full resource type name",
            "Globals:\n  AWS::Serverless::Api: {Name: a}\nResources: {}",
            [
                "t.yaml:2:3: error: 'AWS::Serverless::Api' in 'Globals' is not a resource type "
                    + "that takes globals; expected one of 'Api', 'CapacityProvider', "
                    + "'Function', 'HttpApi', 'LayerVersion', 'MicrovmImage', "
                    + "'NetworkConnector', 'SimpleTable', 'StateMachine', 'WebSocketApi'; "
                    + "write it without the 'AWS::Serverless::' prefix"
            ]
        ),
        (
            "a type that takes no globals", "Globals:\n  Application: {Location: x}\nResources: {}",
            [
                "t.yaml:2:3: error: 'Application' in 'Globals' is not a resource type that "
                    + "takes globals; expected one of 'Api', 'CapacityProvider', 'Function', "
                    + "'HttpApi', 'LayerVersion', 'MicrovmImage', 'NetworkConnector', "
                    + "'SimpleTable', 'StateMachine', 'WebSocketApi'"
            ]
        ),
        (
            "a type section that is not a mapping",
            "Globals:\n  Function: [Runtime]\n  SimpleTable:\nResources: {}",
            [
                "t.yaml:2:13: error: 'Globals.Function' must be a mapping of property names to "
                    + "values, but it is a list",
                "t.yaml:3:3: error: 'Globals.SimpleTable' must be a mapping of property names "
                    + "to values, but it is empty",
            ]
        ),
        (
            "properties a type does not take, every one reported",
            """
            Globals:
              Api:
                StageName: prod
                Nme: api
              SimpleTable: {TableName: t}
            Resources: {}
            """,
            [
                "t.yaml:3:5: error: 'StageName' is not a property that 'Globals.Api' can set; "
                    + "expected one of 'Auth', 'Name', 'DefinitionUri', 'CacheClusterEnabled', "
                    + "'CacheClusterSize', 'MergeDefinitions', 'Variables', "
                    + "'EndpointConfiguration', 'MethodSettings', 'BinaryMediaTypes', "
                    + "'MinimumCompressionSize', 'Cors', 'GatewayResponses', "
                    + "'AccessLogSetting', 'CanarySetting', 'TracingEnabled', 'OpenApiVersion', "
                    + "'Domain', 'AlwaysDeploy', 'PropagateTags', 'SecurityPolicy', "
                    + "'EndpointAccessMode'; set 'StageName' on each resource instead",
                "t.yaml:4:5: error: 'Nme' is not a property that 'Globals.Api' can set; "
                    + "expected one of 'Auth', 'Name', 'DefinitionUri', 'CacheClusterEnabled', "
                    + "'CacheClusterSize', 'MergeDefinitions', 'Variables', "
                    + "'EndpointConfiguration', 'MethodSettings', 'BinaryMediaTypes', "
                    + "'MinimumCompressionSize', 'Cors', 'GatewayResponses', "
                    + "'AccessLogSetting', 'CanarySetting', 'TracingEnabled', 'OpenApiVersion', "
                    + "'Domain', 'AlwaysDeploy', 'PropagateTags', 'SecurityPolicy', "
                    + "'EndpointAccessMode'; did you mean 'Name'?",
                "t.yaml:5:17: error: 'TableName' is not a property that 'Globals.SimpleTable' "
                    + "can set; expected one of 'SSESpecification'",
            ]
        ),
        (
            "an IgnoreGlobals item the section does not set",
            """
            Globals:
              Function: {Runtime: python3.12, Handler: h}
            Resources:
              F:
                Type: AWS::Serverless::Function
                IgnoreGlobals: [Runtme]
            """,
            [
                "t.yaml:6:21: error: resource 'F': 'IgnoreGlobals' lists 'Runtme', which "
                    + "'Globals.Function' does not set; it sets 'Runtime', 'Handler'; did you "
                    + "mean 'Runtime'?"
            ]
        ),
        (
            "an IgnoreGlobals item when the section sets nothing",
            """
            Globals:
              Function: {}
            Resources:
              F:
                Type: AWS::Serverless::Function
                IgnoreGlobals:
                  - Runtime
            """,
            [
                "t.yaml:7:9: error: resource 'F': 'IgnoreGlobals' lists 'Runtime', which "
                    + "'Globals.Function' does not set; it sets no properties"
            ]
        ),
        (
            "an IgnoreGlobals item twice",
            """
            Globals:
              Function: {Runtime: python3.12}
            Resources:
              F:
                Type: AWS::Serverless::Function
                IgnoreGlobals: [Runtime, Runtime]
            """,
            ["t.yaml:6:30: error: resource 'F': 'IgnoreGlobals' lists 'Runtime' twice"]
        ),
        (
            "IgnoreGlobals items that are not names",
            """
            Globals:
              Function: {Runtime: python3.12}
            Resources:
              F:
                Type: AWS::Serverless::Function
                IgnoreGlobals: [1]
              G:
                Type: AWS::Serverless::Function
                IgnoreGlobals: [{Ref: X}]
            """,
            [
                "t.yaml:6:21: error: resource 'F': 'IgnoreGlobals' lists '1', which "
                    + "'Globals.Function' does not set; it sets 'Runtime'",
                "t.yaml:9:21: error: resource 'G': the items of 'IgnoreGlobals' must be property "
                    + "names from 'Globals.Function', but one is a mapping",
            ]
        ),
        (
            "IgnoreGlobals that is neither '*' nor a list",
            """
            Globals:
              Function: {Runtime: python3.12}
            Resources:
              F:
                Type: AWS::Serverless::Function
                IgnoreGlobals: Runtime
              G:
                Type: AWS::Serverless::Function
                IgnoreGlobals: true
            """,
            [
                "t.yaml:6:20: error: resource 'F': 'IgnoreGlobals' must be '*' or a list of "
                    + "property names from 'Globals.Function', but it is 'Runtime'; to ignore "
                    + "only that property, write a list: ['Runtime']",
                "t.yaml:9:20: error: resource 'G': 'IgnoreGlobals' must be '*' or a list of "
                    + "property names from 'Globals.Function', but it is a boolean",
            ]
        ),
        (
            "a Condition that is not a name, with or without Globals",
            """
            Resources:
              F:
                Type: AWS::Serverless::Function
                Condition: {Ref: IsProd}
              G:
                Type: AWS::Serverless::SimpleTable
                Condition: [IsProd]
              Empty:
                Type: AWS::Serverless::SimpleTable
                Condition: ''
              Bucket:
                Type: AWS::S3::Bucket
                Condition: [IsProd]
            """,
            [
                "t.yaml:4:16: error: resource 'F': 'Condition' must be the name of a condition "
                    + "in 'Conditions', but it is a mapping; write the name alone: "
                    + "'Condition: IsProd'",
                "t.yaml:7:16: error: resource 'G': 'Condition' must be the name of a condition "
                    + "in 'Conditions', but it is a list",
            ]
        ),
    ]

    @Test(arguments: errors)
    func rejectsWithLocatedMessages(name: String, template: String, expected: [String]) throws {
        #expect(try Self.failures(template) == expected, "\(name)")
    }

    // MARK: - The version pattern

    static let versions: [(String, Bool)] = [
        ("3.0", true), ("3.1", true), ("3.0.1", true), ("3.0\n", true), ("3.٣", true),
        ("3", false), ("3.10", false), ("3.0.10", false), ("2.0", false), (" 3.0", false),
        ("3.0\n\n", false), ("3.x", false), ("3,0", false), ("", false),
    ]

    @Test(arguments: versions)
    func readsVersionsAsTheReferencePatternDoes(text: String, isVersion3: Bool) {
        #expect(ManagedOpenApiVersion.isVersion3(text) == isVersion3, "\(text.debugDescription)")
    }
}
