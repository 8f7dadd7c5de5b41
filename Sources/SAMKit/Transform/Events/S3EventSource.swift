/// `Type: S3`: a notification from a bucket of the template to the function.
///
/// Generates the permission that lets S3 invoke the function, and changes the bucket: its
/// `NotificationConfiguration.LambdaConfigurations` gets one entry per event type, and the
/// bucket is made to wait for the permission, since S3 checks that it may invoke the
/// function when the notification is set. A function with a `Condition` cannot be waited
/// for with `DependsOn`, so the bucket gets a tag whose value refers to the permission under
/// the condition instead, and its notifications exist under the condition too.
struct S3EventSource: FunctionEventSource {
    let eventType = "S3"

    let schema = PropertySchema(
        "S3",
        [
            PropertySpec("Bucket", .string, required: true),
            PropertySpec(
                "Events", .either([.string, .list(.string)]), required: true,
                allowsIntrinsic: false),
            PropertySpec("Filter", .mappingOf(.string)),
        ])

    /// The properties of `AWS::S3::Bucket` the reference knows; it refuses a bucket with any
    /// other.
    static let bucketProperties = [
        "AccessControl", "AccelerateConfiguration", "AnalyticsConfigurations",
        "BucketEncryption", "BucketName", "CorsConfiguration",
        "IntelligentTieringConfigurations", "InventoryConfigurations", "LifecycleConfiguration",
        "LoggingConfiguration", "MetricsConfigurations", "NotificationConfiguration",
        "ObjectLockConfiguration", "ObjectLockEnabled", "OwnershipControls",
        "PublicAccessBlockConfiguration", "ReplicationConfiguration", "Tags",
        "VersioningConfiguration", "WebsiteConfiguration",
    ]

    func translate(_ event: FunctionEvent, for target: EventTarget, in context: TransformContext)
        throws(Diagnostic) -> EventTranslation
    {
        var bucket = try LinkedResource(
            "bucket", type: "AWS::S3::Bucket", knownProperties: Self.bucketProperties,
            property: "Bucket", of: event, target: target, in: context)
        let permission = LambdaPermission(
            principal: "s3.amazonaws.com", sourceAccount: EventSourceNodes.ref("AWS::AccountId")
        ).resource(for: event, target: target)

        if let condition = target.condition {
            try waitWithTag(
                for: permission.logicalId, condition: condition, bucket: &bucket, event: event,
                target: target)
        } else {
            try waitWithDependsOn(
                for: permission.logicalId, bucket: &bucket, event: event, target: target)
        }
        try addNotifications(to: &bucket, event: event, target: target)
        try bucket.store(event: event, target: target, in: context)
        return EventTranslation(resources: [permission])
    }

    /// Adds the permission to the bucket's `DependsOn`, which becomes a list.
    private func waitWithDependsOn(
        for permissionId: String, bucket: inout LinkedResource, event: FunctionEvent,
        target: EventTarget
    ) throws(Diagnostic) {
        let written = bucket.resource.entry("DependsOn")
        var names: [Node]
        switch written?.value.content {
        case nil: names = []
        case .string: names = [written?.value ?? Node(.null)]
        case .sequence(let items)
        where items.allSatisfy({ $0.sequence == nil && $0.mapping == nil }):
            names = items
        case .mapping(let map):
            // The reference makes a set of the value, which of a mapping keeps its keys.
            names = map.keys.map { .string($0) }
        default:
            let value = written?.value ?? Node(.null)
            let what =
                value.sequence.map { items in
                    let nested = items.first { $0.sequence != nil || $0.mapping != nil }
                    return "a list that holds \(nested?.kindDescription ?? "a list")"
                } ?? value.kindDescription
            throw bucket.error(
                "has a 'DependsOn' that is \(what); it must be a logical id or a list of them",
                event: event, target: target, at: written?.keyMark)
        }
        var unique: [Node] = []
        for name in names + [.string(permissionId)] where !unique.contains(name) {
            unique.append(name)
        }
        bucket.resource["DependsOn"] = .sequence(unique)
    }

    /// Makes the bucket refer to the permission in a tag that exists under the function's
    /// condition, which orders them as `DependsOn` would where the condition holds.
    private func waitWithTag(
        for permissionId: String, condition: Node, bucket: inout LinkedResource,
        event: FunctionEvent, target: EventTarget
    ) throws(Diagnostic) {
        var properties = bucket.properties
        let tags = properties["Tags"].flatMap { $0.isNull ? nil : $0 } ?? []
        guard var list = tags.sequence else {
            throw bucket.error(
                "has 'Tags' that is \(tags.kindDescription); it must be a list", event: event,
                target: target, at: bucket.mark(of: "Tags"))
        }
        list.append([
            "Key": .string("sam:ConditionalDependsOn:" + permissionId),
            "Value": ["Fn::If": [condition, EventSourceNodes.ref(permissionId), "no dependency"]],
        ])
        properties["Tags"] = .sequence(list)
        bucket.properties = properties
    }

    /// Adds one `LambdaConfigurations` entry per event type, unless an equal one is there.
    private func addNotifications(
        to bucket: inout LinkedResource, event: FunctionEvent, target: EventTarget
    ) throws(Diagnostic) {
        var base = Mapping()
        base["Function"] = target.arn
        if let filter = event["Filter"], !filter.isNull { base["Filter"] = filter }
        let written = event["Events"] ?? Node(.null)
        let types = written.sequence ?? [written]
        let entries: [Node] = types.map { type in
            var entry = base
            entry["Event"] = type
            guard let condition = target.condition else { return .mapping(entry) }
            return EventSourceNodes.onlyIf(condition, .mapping(entry))
        }

        if let properties = bucket.resource["Properties"], properties.mapping == nil,
            !properties.isNull
        {
            throw bucket.error(
                "has 'Properties' that is \(properties.kindDescription); it must be a mapping",
                event: event, target: target)
        }
        var properties = bucket.properties
        let configuration =
            properties["NotificationConfiguration"].flatMap { $0.isNull ? nil : $0 }
            ?? .mapping(Mapping())
        guard var notifications = configuration.mapping else {
            throw bucket.error(
                "has a 'NotificationConfiguration' that is \(configuration.kindDescription); it "
                    + "must be a mapping", event: event, target: target,
                at: bucket.mark(of: "NotificationConfiguration"))
        }
        let lambdas = notifications["LambdaConfigurations"].flatMap { $0.isNull ? nil : $0 } ?? []
        guard var list = lambdas.sequence else {
            throw bucket.error(
                "has 'LambdaConfigurations' that is \(lambdas.kindDescription); it must be a list",
                event: event, target: target, at: bucket.mark(of: "NotificationConfiguration"))
        }
        for entry in entries where !list.contains(entry) { list.append(entry) }
        notifications["LambdaConfigurations"] = .sequence(list)
        properties["NotificationConfiguration"] = .mapping(notifications)
        bucket.properties = properties
    }
}
