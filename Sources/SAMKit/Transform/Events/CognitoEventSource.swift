/// `Type: Cognito`: the function as one or more triggers of a user pool of the template.
///
/// Generates the permission that lets Cognito invoke the function, and sets each trigger in
/// the user pool's `LambdaConfig`. The permission is named after the function, not the
/// event, so that one function's several Cognito events share it.
struct CognitoEventSource: FunctionEventSource {
    let eventType = "Cognito"

    let schema = PropertySchema(
        "Cognito",
        [
            PropertySpec("UserPool", .string, required: true),
            PropertySpec(
                "Trigger", .either([.string, .list(.string)]), required: true,
                allowsIntrinsic: false),
        ])

    /// The properties of `AWS::Cognito::UserPool` the reference knows; it refuses a user pool
    /// with any other.
    static let userPoolProperties = [
        "AccountRecoverySetting", "AdminCreateUserConfig", "AliasAttributes",
        "AutoVerifiedAttributes", "DeletionProtection", "DeviceConfiguration",
        "EmailAuthenticationMessage", "EmailAuthenticationSubject", "EmailConfiguration",
        "EmailVerificationMessage", "EmailVerificationSubject", "EnabledMfas", "LambdaConfig",
        "MfaConfiguration", "Policies", "Schema", "SmsAuthenticationMessage", "SmsConfiguration",
        "SmsVerificationMessage", "UserAttributeUpdateSettings", "UsernameAttributes",
        "UsernameConfiguration", "UserPoolAddOns", "UserPoolName", "UserPoolTags",
        "UserPoolTier", "VerificationMessageTemplate", "WebAuthnRelyingPartyID",
        "WebAuthnUserVerification",
    ]

    func translate(_ event: FunctionEvent, for target: EventTarget, in context: TransformContext)
        throws(Diagnostic) -> EventTranslation
    {
        var pool = try LinkedResource(
            "user pool", type: "AWS::Cognito::UserPool", knownProperties: Self.userPoolProperties,
            property: "UserPool", of: event, target: target, in: context)
        let permission = LambdaPermission(
            principal: "cognito-idp.amazonaws.com",
            sourceArn: EventSourceNodes.getAtt(pool.logicalId)
        ).resource(for: event, target: target, prefix: target.invokedLogicalId + "Cognito")

        var properties = pool.properties
        let written = properties["LambdaConfig"].flatMap { $0.isNull ? nil : $0 } ?? [:]
        guard var config = written.mapping else {
            throw pool.error(
                "has a 'LambdaConfig' that is \(written.kindDescription); it must be a mapping",
                event: event, target: target, at: pool.mark(of: "LambdaConfig"))
        }
        let trigger = event["Trigger"] ?? Node(.null)
        for name in trigger.sequence ?? [trigger] {
            guard let text = name.string else {
                throw target.error(
                    in: event, property: "Trigger",
                    "must be a trigger name or a list of them, but it holds "
                        + name.kindDescription)
            }
            if config.index(of: text) != nil {
                throw target.error(
                    in: event, property: "Trigger",
                    "sets '\(text)' of user pool '\(pool.logicalId)', which another event "
                        + "or the user pool itself already sets; a trigger invokes one function")
            }
            config[text] = target.arn
        }
        properties["LambdaConfig"] = .mapping(config)
        pool.properties = properties
        try pool.store(event: event, target: target, in: context)
        return EventTranslation(resources: [permission])
    }
}
