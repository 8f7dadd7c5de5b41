// swift-format-ignore-file
// Generated from the CloudFormation resource schemas of cfn-lint 1.51.0, all
// regions; do not edit by hand. Regenerate, with that version of cfn-lint installed
// (`pip install cfn-lint==1.51.0`), with
//   SAMKIT_REGENERATE=1 swift test --filter GetAttTableTests

extension GetAttAttributes {
    /// The cfn-lint release the table was made from.
    static let tableVersion = "1.51.0"

    /// One line per resource type: the type without its `AWS::` prefix, then the
    /// attributes `Fn::GetAtt` reads of it, separated by spaces; `*` stands for any
    /// text (`Outputs.*`).
    static let table = """
        ACMPCA::Certificate Arn Certificate
        ACMPCA::CertificateAuthority Arn CertificateSigningRequest
        ACMPCA::CertificateAuthorityActivation CompleteCertificateChain
        ACMPCA::Permission
        AIOps::InvestigationGroup Arn CreatedAt CreatedBy LastModifiedAt LastModifiedBy
        APS::AnomalyDetector Arn
        APS::ResourcePolicy
        APS::RuleGroupsNamespace Arn
        APS::Scraper Arn RoleArn ScraperId
        APS::Workspace Arn PrometheusEndpoint WorkspaceId
        ARCRegionSwitch::Plan Arn HealthChecksForPlan Owner PlanHealthChecks Route53HealthChecks Version
        ARCZonalShift::AutoshiftObserverNotificationStatus AccountId Region
        ARCZonalShift::ZonalAutoshiftConfiguration
        AccessAnalyzer::Analyzer Arn
        AmazonMQ::Broker AmqpEndpoints Arn ConfigurationId ConfigurationRevision ConsoleURLs EngineVersionCurrent Id IpAddresses MqttEndpoints OpenWireEndpoints StompEndpoints WssEndpoints
        AmazonMQ::Configuration Arn Id Revision
        AmazonMQ::ConfigurationAssociation Id
        Amplify::App AppId AppName Arn DefaultDomain
        Amplify::Branch AppId Arn Backend.StackArn BasicAuthConfig.EnableBasicAuth BasicAuthConfig.Password BasicAuthConfig.Username BranchName BuildSpec ComputeRoleArn Description EnableAutoBuild EnablePerformanceMode EnablePullRequestPreview EnableSkewProtection EnvironmentVariables Framework PullRequestEnvironmentName Stage Tags
        Amplify::Domain AppId Arn AutoSubDomainCreationPatterns AutoSubDomainIAMRole Certificate.CertificateArn Certificate.CertificateType Certificate.CertificateVerificationDNSRecord CertificateRecord CertificateSettings.CertificateType CertificateSettings.CustomCertificateArn DomainName DomainStatus EnableAutoSubDomain StatusReason SubDomainSettings UpdateStatus
        AmplifyUIBuilder::Component CreatedAt Id ModifiedAt
        AmplifyUIBuilder::Form Id
        AmplifyUIBuilder::Theme CreatedAt Id ModifiedAt
        ApiGateway::Account Id
        ApiGateway::ApiKey APIKeyId
        ApiGateway::Authorizer AuthorizerId
        ApiGateway::BasePathMapping
        ApiGateway::BasePathMappingV2 BasePathMappingArn
        ApiGateway::ClientCertificate ClientCertificateId
        ApiGateway::Deployment DeploymentId
        ApiGateway::DocumentationPart DocumentationPartId
        ApiGateway::DocumentationVersion
        ApiGateway::DomainName DistributionDomainName DistributionHostedZoneId DomainNameArn RegionalDomainName RegionalHostedZoneId
        ApiGateway::DomainNameAccessAssociation DomainNameAccessAssociationArn
        ApiGateway::DomainNameV2 DomainNameArn DomainNameId
        ApiGateway::GatewayResponse Id
        ApiGateway::Method
        ApiGateway::Model
        ApiGateway::RequestValidator RequestValidatorId
        ApiGateway::Resource ResourceId
        ApiGateway::RestApi RestApiId RootResourceId
        ApiGateway::Stage
        ApiGateway::UsagePlan Id
        ApiGateway::UsagePlanKey Id
        ApiGateway::VpcLink VpcLinkId
        ApiGatewayV2::Api ApiEndpoint ApiId Id
        ApiGatewayV2::ApiGatewayManagedOverrides Id
        ApiGatewayV2::ApiMapping ApiMappingId Id
        ApiGatewayV2::Authorizer AuthorizerId Id
        ApiGatewayV2::Deployment DeploymentId Id
        ApiGatewayV2::DomainName DomainNameArn Id RegionalDomainName RegionalHostedZoneId
        ApiGatewayV2::Integration Id IntegrationId
        ApiGatewayV2::IntegrationResponse Id IntegrationResponseId
        ApiGatewayV2::Model Id ModelId
        ApiGatewayV2::Route Id RouteId
        ApiGatewayV2::RouteResponse Id RouteResponseId
        ApiGatewayV2::RoutingRule RoutingRuleArn RoutingRuleId
        ApiGatewayV2::Stage Id
        ApiGatewayV2::VpcLink Id VpcLinkId
        AppConfig::Application ApplicationId
        AppConfig::ConfigurationProfile ConfigurationProfileId KmsKeyArn
        AppConfig::Deployment DeploymentNumber State
        AppConfig::DeploymentStrategy Id
        AppConfig::Environment EnvironmentId
        AppConfig::Extension Arn Id VersionNumber
        AppConfig::ExtensionAssociation Arn ExtensionArn Id ResourceArn
        AppConfig::HostedConfigurationVersion VersionNumber
        AppFlow::Connector ConnectorArn
        AppFlow::ConnectorProfile ConnectorProfileArn CredentialsArn
        AppFlow::Flow FlowArn
        AppIntegrations::Application ApplicationArn Id
        AppIntegrations::DataIntegration DataIntegrationArn Id
        AppIntegrations::EventIntegration EventIntegrationArn
        AppMesh::GatewayRoute Arn GatewayRouteName Id MeshName MeshOwner ResourceOwner Uid VirtualGatewayName
        AppMesh::Mesh Arn Id MeshName MeshOwner ResourceOwner Uid
        AppMesh::Route Arn Id MeshName MeshOwner ResourceOwner RouteName Uid VirtualRouterName
        AppMesh::VirtualGateway Arn Id MeshName MeshOwner ResourceOwner Uid VirtualGatewayName
        AppMesh::VirtualNode Arn Id MeshName MeshOwner ResourceOwner Uid VirtualNodeName
        AppMesh::VirtualRouter Arn Id MeshName MeshOwner ResourceOwner Uid VirtualRouterName
        AppMesh::VirtualService Arn Id MeshName MeshOwner ResourceOwner Uid VirtualServiceName
        AppRunner::AutoScalingConfiguration AutoScalingConfigurationArn AutoScalingConfigurationRevision Latest
        AppRunner::ObservabilityConfiguration Latest ObservabilityConfigurationArn ObservabilityConfigurationRevision
        AppRunner::Service ServiceArn ServiceId ServiceUrl Status
        AppRunner::VpcConnector VpcConnectorArn VpcConnectorRevision
        AppRunner::VpcIngressConnection DomainName Status VpcIngressConnectionArn
        AppStream::AppBlock Arn CreatedTime
        AppStream::AppBlockBuilder Arn CreatedTime
        AppStream::Application Arn CreatedTime
        AppStream::ApplicationEntitlementAssociation
        AppStream::ApplicationFleetAssociation
        AppStream::DirectoryConfig Id
        AppStream::Entitlement CreatedTime LastModifiedTime
        AppStream::Fleet Id
        AppStream::ImageBuilder Id StreamingUrl
        AppStream::Stack Id StorageConnectors.*.ResourceIdentifier
        AppStream::StackFleetAssociation Id
        AppStream::StackUserAssociation Id
        AppStream::User Id
        AppSync::Api ApiArn ApiId Dns Dns.Http Dns.Realtime
        AppSync::ApiCache Id
        AppSync::ApiKey ApiKey ApiKeyId Arn
        AppSync::ChannelNamespace ChannelNamespaceArn
        AppSync::DataSource DataSourceArn Name
        AppSync::DomainName AppSyncDomainName CertificateArn Description DomainName DomainNameArn HostedZoneId Tags
        AppSync::DomainNameApiAssociation ApiAssociationIdentifier
        AppSync::FunctionConfiguration ApiId Code CodeS3Location DataSourceName Description FunctionArn FunctionId FunctionVersion MaxBatchSize Name RequestMappingTemplate RequestMappingTemplateS3Location ResponseMappingTemplate ResponseMappingTemplateS3Location Runtime.Name Runtime.RuntimeVersion SyncConfig.ConflictDetection SyncConfig.ConflictHandler SyncConfig.LambdaConflictHandlerConfig.LambdaConflictHandlerArn
        AppSync::GraphQLApi ApiId Arn GraphQLDns GraphQLEndpointArn GraphQLUrl Id RealtimeDns RealtimeUrl
        AppSync::GraphQLSchema Id
        AppSync::Resolver ApiId CachingConfig.CachingKeys CachingConfig.Ttl Code CodeS3Location DataSourceName FieldName Kind MaxBatchSize MetricsConfig PipelineConfig.Functions RequestMappingTemplate RequestMappingTemplateS3Location ResolverArn ResponseMappingTemplate ResponseMappingTemplateS3Location Runtime.Name Runtime.RuntimeVersion SyncConfig.ConflictDetection SyncConfig.ConflictHandler SyncConfig.LambdaConflictHandlerConfig.LambdaConflictHandlerArn TypeName
        AppSync::SourceApiAssociation AssociationArn AssociationId LastSuccessfulMergeDate MergedApiArn MergedApiId SourceApiArn SourceApiAssociationStatus SourceApiAssociationStatusDetail SourceApiId
        AppTest::TestCase CreationTime LastUpdateTime LatestVersion Status TestCaseArn TestCaseId TestCaseVersion
        ApplicationAutoScaling::ScalableTarget Id
        ApplicationAutoScaling::ScalingPolicy Arn
        ApplicationInsights::Application ApplicationARN
        ApplicationSignals::Discovery AccountId
        ApplicationSignals::GroupingConfiguration AccountId UpdatedAt
        ApplicationSignals::ServiceLevelObjective Arn CreatedTime EvaluationType LastUpdatedTime
        Athena::CapacityReservation AllocatedDpus Arn CreationTime LastSuccessfulAllocationTime Status
        Athena::DataCatalog
        Athena::NamedQuery NamedQueryId
        Athena::PreparedStatement
        Athena::WorkGroup CreationTime WorkGroupConfiguration.EngineVersion.EffectiveEngineVersion WorkGroupConfigurationUpdates.EngineVersion.EffectiveEngineVersion
        AuditManager::Assessment Arn AssessmentId CreationTime
        AutoScaling::AutoScalingGroup AutoScalingGroupARN AutoScalingGroupName AvailabilityZoneDistribution.CapacityDistributionStrategy AvailabilityZoneIds AvailabilityZoneImpairmentPolicy.ImpairedZoneHealthCheckBehavior AvailabilityZoneImpairmentPolicy.ZonalShiftEnabled AvailabilityZones CapacityRebalance CapacityReservationSpecification.CapacityReservationPreference CapacityReservationSpecification.CapacityReservationTarget.CapacityReservationIds CapacityReservationSpecification.CapacityReservationTarget.CapacityReservationResourceGroupArns Context Cooldown DefaultInstanceWarmup DeletionProtection DesiredCapacity DesiredCapacityType HealthCheckGracePeriod HealthCheckType InstanceId InstanceLifecyclePolicy.RetentionTriggers.TerminateHookAbandon InstanceMaintenancePolicy.MaxHealthyPercentage InstanceMaintenancePolicy.MinHealthyPercentage LaunchConfigurationName LaunchTemplate.LaunchTemplateId LaunchTemplate.LaunchTemplateName LaunchTemplate.Version LifecycleHookSpecificationList LoadBalancerNames MaxInstanceLifetime MaxSize MetricsCollection MinSize MixedInstancesPolicy.InstancesDistribution.OnDemandAllocationStrategy MixedInstancesPolicy.InstancesDistribution.OnDemandBaseCapacity MixedInstancesPolicy.InstancesDistribution.OnDemandPercentageAboveBaseCapacity MixedInstancesPolicy.InstancesDistribution.SpotAllocationStrategy MixedInstancesPolicy.InstancesDistribution.SpotInstancePools MixedInstancesPolicy.InstancesDistribution.SpotMaxPrice MixedInstancesPolicy.LaunchTemplate.LaunchTemplateSpecification.LaunchTemplateId MixedInstancesPolicy.LaunchTemplate.LaunchTemplateSpecification.LaunchTemplateName MixedInstancesPolicy.LaunchTemplate.LaunchTemplateSpecification.Version MixedInstancesPolicy.LaunchTemplate.Overrides NewInstancesProtectedFromScaleIn NotificationConfiguration.NotificationTypes NotificationConfiguration.TopicARN NotificationConfigurations PlacementGroup ServiceLinkedRoleARN SkipZonalShiftValidation Tags TargetGroupARNs TerminationPolicies TrafficSources VPCZoneIdentifier
        AutoScaling::LaunchConfiguration
        AutoScaling::LifecycleHook
        AutoScaling::ScalingPolicy Arn PolicyName
        AutoScaling::ScheduledAction ScheduledActionName
        AutoScaling::WarmPool
        AutoScalingPlans::ScalingPlan Id ScalingPlanName ScalingPlanVersion
        B2BI::Capability CapabilityArn CapabilityId CreatedAt ModifiedAt
        B2BI::Partnership CreatedAt ModifiedAt PartnershipArn PartnershipId TradingPartnerId
        B2BI::Profile CreatedAt LogGroupName ModifiedAt ProfileArn ProfileId
        B2BI::Transformer CreatedAt ModifiedAt TransformerArn TransformerId
        BCMDataExports::Export Export.ExportArn ExportArn
        Backup::BackupPlan BackupPlanArn BackupPlanId VersionId
        Backup::BackupSelection BackupPlanId BackupSelection.Conditions.StringEquals BackupSelection.Conditions.StringLike BackupSelection.Conditions.StringNotEquals BackupSelection.Conditions.StringNotLike BackupSelection.IamRoleArn BackupSelection.ListOfTags BackupSelection.NotResources BackupSelection.Resources BackupSelection.SelectionName Id SelectionId
        Backup::BackupVault BackupVaultArn BackupVaultName EncryptionKeyArn LockConfiguration.ChangeableForDays LockConfiguration.MaxRetentionDays LockConfiguration.MinRetentionDays Notifications.BackupVaultEvents Notifications.SNSTopicArn
        Backup::Framework CreationTime DeploymentStatus FrameworkArn FrameworkStatus
        Backup::LogicallyAirGappedBackupVault BackupVaultArn BackupVaultName EncryptionKeyArn MaxRetentionDays MinRetentionDays MpaApprovalTeamArn Notifications.BackupVaultEvents Notifications.SNSTopicArn VaultState VaultType
        Backup::ReportPlan ReportPlanArn
        Backup::RestoreTestingPlan RestoreTestingPlanArn
        Backup::RestoreTestingSelection
        Backup::TieringConfiguration CreationTime LastUpdatedTime TieringConfigurationArn
        BackupGateway::Hypervisor HypervisorArn
        Batch::ComputeEnvironment ComputeEnvironmentArn ComputeResources.Ec2Configuration.*.BatchImageStatus
        Batch::ConsumableResource AvailableQuantity ConsumableResourceArn CreatedAt InUseQuantity
        Batch::JobDefinition JobDefinitionArn
        Batch::JobQueue JobQueueArn
        Batch::QuotaShare QuotaShareArn
        Batch::SchedulingPolicy Arn
        Batch::ServiceEnvironment ServiceEnvironmentArn
        BcmPricingCalculator::BillScenario Arn BillInterval CreatedAt FailureMessage Id Status
        Bedrock::Agent AgentArn AgentId AgentStatus AgentVersion CreatedAt FailureReasons PreparedAt RecommendedActions UpdatedAt
        Bedrock::AgentAlias AgentAliasArn AgentAliasHistoryEvents AgentAliasId AgentAliasStatus CreatedAt UpdatedAt
        Bedrock::ApplicationInferenceProfile CreatedAt InferenceProfileArn InferenceProfileId InferenceProfileIdentifier Models Status Type UpdatedAt
        Bedrock::AutomatedReasoningPolicy CreatedAt DefinitionHash KmsKeyArn PolicyArn PolicyId UpdatedAt Version
        Bedrock::AutomatedReasoningPolicyVersion CreatedAt DefinitionHash Description Name PolicyId UpdatedAt Version
        Bedrock::Blueprint BlueprintArn BlueprintStage CreationTime LastModifiedTime
        Bedrock::DataAutomationLibrary CreationTime EntityTypes LibraryArn Status
        Bedrock::DataAutomationProject CreationTime LastModifiedTime ProjectArn ProjectStage Status
        Bedrock::DataSource CreatedAt DataSourceConfiguration.WebConfiguration.CrawlerConfiguration.UserAgentHeader DataSourceId DataSourceStatus FailureReasons UpdatedAt
        Bedrock::EnforcedGuardrailConfiguration ConfigId CreatedAt CreatedBy GuardrailArn GuardrailId Owner UpdatedAt UpdatedBy
        Bedrock::Flow Arn CreatedAt Id Status UpdatedAt Validations Version
        Bedrock::FlowAlias Arn CreatedAt FlowId Id UpdatedAt
        Bedrock::FlowVersion CreatedAt CustomerEncryptionKeyArn Definition ExecutionRoleArn FlowId Name Status Version
        Bedrock::Guardrail CreatedAt FailureRecommendations GuardrailArn GuardrailId Status StatusReasons UpdatedAt Version
        Bedrock::GuardrailVersion GuardrailArn GuardrailId Version
        Bedrock::IntelligentPromptRouter CreatedAt PromptRouterArn Status Type UpdatedAt
        Bedrock::KnowledgeBase CreatedAt FailureReasons KnowledgeBaseArn KnowledgeBaseId Status UpdatedAt
        Bedrock::Prompt Arn CreatedAt Id UpdatedAt Version
        Bedrock::PromptVersion Arn CreatedAt CustomerEncryptionKeyArn DefaultVariant Name PromptId UpdatedAt Variants Version
        Bedrock::ResourcePolicy
        BedrockAgentCore::ApiKeyCredentialProvider ApiKeySecretArn CreatedTime CredentialProviderArn LastUpdatedTime
        BedrockAgentCore::BrowserCustom BrowserArn BrowserId CreatedAt FailureReason LastUpdatedAt Status
        BedrockAgentCore::BrowserProfile CreatedAt LastSavedAt LastSavedBrowserId LastSavedBrowserSessionId LastUpdatedAt ProfileArn ProfileId Status
        BedrockAgentCore::CodeInterpreterCustom CodeInterpreterArn CodeInterpreterId CreatedAt FailureReason LastUpdatedAt Status
        BedrockAgentCore::Evaluator CreatedAt EvaluatorArn EvaluatorId Status UpdatedAt
        BedrockAgentCore::Gateway CreatedAt GatewayArn GatewayIdentifier GatewayUrl Status StatusReasons UpdatedAt WorkloadIdentityDetails
        BedrockAgentCore::GatewayTarget CreatedAt GatewayArn LastSynchronizedAt Status StatusReasons TargetId UpdatedAt
        BedrockAgentCore::Memory CreatedAt FailureReason MemoryArn MemoryId MemoryStrategies.*.CustomMemoryStrategy.CreatedAt MemoryStrategies.*.CustomMemoryStrategy.Status MemoryStrategies.*.CustomMemoryStrategy.StrategyId MemoryStrategies.*.CustomMemoryStrategy.Type MemoryStrategies.*.CustomMemoryStrategy.UpdatedAt MemoryStrategies.*.EpisodicMemoryStrategy.CreatedAt MemoryStrategies.*.EpisodicMemoryStrategy.Status MemoryStrategies.*.EpisodicMemoryStrategy.StrategyId MemoryStrategies.*.EpisodicMemoryStrategy.Type MemoryStrategies.*.EpisodicMemoryStrategy.UpdatedAt MemoryStrategies.*.SemanticMemoryStrategy.CreatedAt MemoryStrategies.*.SemanticMemoryStrategy.Status MemoryStrategies.*.SemanticMemoryStrategy.StrategyId MemoryStrategies.*.SemanticMemoryStrategy.Type MemoryStrategies.*.SemanticMemoryStrategy.UpdatedAt MemoryStrategies.*.SummaryMemoryStrategy.CreatedAt MemoryStrategies.*.SummaryMemoryStrategy.Status MemoryStrategies.*.SummaryMemoryStrategy.StrategyId MemoryStrategies.*.SummaryMemoryStrategy.Type MemoryStrategies.*.SummaryMemoryStrategy.UpdatedAt MemoryStrategies.*.UserPreferenceMemoryStrategy.CreatedAt MemoryStrategies.*.UserPreferenceMemoryStrategy.Status MemoryStrategies.*.UserPreferenceMemoryStrategy.StrategyId MemoryStrategies.*.UserPreferenceMemoryStrategy.Type MemoryStrategies.*.UserPreferenceMemoryStrategy.UpdatedAt Status UpdatedAt
        BedrockAgentCore::OAuth2CredentialProvider CallbackUrl ClientSecretArn CreatedTime CredentialProviderArn LastUpdatedTime Oauth2ProviderConfigOutput
        BedrockAgentCore::OnlineEvaluationConfig CreatedAt OnlineEvaluationConfigArn OnlineEvaluationConfigId OutputConfig Status UpdatedAt
        BedrockAgentCore::Policy CreatedAt PolicyArn PolicyId Status StatusReasons UpdatedAt
        BedrockAgentCore::PolicyEngine CreatedAt PolicyEngineArn PolicyEngineId Status StatusReasons UpdatedAt
        BedrockAgentCore::Runtime AgentRuntimeArn AgentRuntimeId AgentRuntimeVersion CreatedAt FailureReason LastUpdatedAt Status WorkloadIdentityDetails
        BedrockAgentCore::RuntimeEndpoint AgentRuntimeArn AgentRuntimeEndpointArn CreatedAt FailureReason Id LastUpdatedAt LiveVersion Status TargetVersion
        BedrockAgentCore::WorkloadIdentity CreatedTime LastUpdatedTime WorkloadIdentityArn
        BedrockMantle::Project Arn CreatedAt Id
        Billing::BillingView Arn BillingViewType CreatedAt OwnerAccountId UpdatedAt
        BillingConductor::BillingGroup Arn CreationTime LastModifiedTime Size Status StatusReason
        BillingConductor::CustomLineItem Arn AssociationSize CreationTime CurrencyCode LastModifiedTime ProductCode
        BillingConductor::PricingPlan Arn CreationTime LastModifiedTime Size
        BillingConductor::PricingRule Arn AssociatedPricingPlanCount CreationTime LastModifiedTime
        Braket::SpendingLimit CreatedAt QueuedSpend SpendingLimitArn TotalSpend UpdatedAt
        Budgets::Budget Id
        Budgets::BudgetsAction ActionId
        CDK::Metadata
        CE::AnomalyMonitor CreationDate DimensionalValueCount LastEvaluatedDate LastUpdatedDate MonitorArn
        CE::AnomalySubscription AccountId Subscribers.*.Status SubscriptionArn
        CE::CostCategory Arn EffectiveStart
        CUR::ReportDefinition
        Cases::CaseRule CaseRuleArn CaseRuleId CreatedTime LastModifiedTime
        Cases::Domain CreatedTime DomainArn DomainId DomainStatus
        Cases::Field CreatedTime FieldArn FieldId LastModifiedTime Namespace
        Cases::Layout CreatedTime LastModifiedTime LayoutArn LayoutId
        Cases::Template CreatedTime LastModifiedTime TemplateArn TemplateId
        Cassandra::Keyspace
        Cassandra::Table
        Cassandra::Type DirectParentTypes DirectReferringTables KeyspaceArn LastModifiedTimestamp MaxNestingDepth
        CertificateManager::Account AccountId
        CertificateManager::Certificate Id
        Chatbot::CustomAction CustomActionArn
        Chatbot::MicrosoftTeamsChannelConfiguration Arn
        Chatbot::SlackChannelConfiguration Arn
        Chime::AppInstance AppInstanceArn CreatedTimestamp LastUpdatedTimestamp
        Chime::AppInstanceBot AppInstanceBotArn CreatedTimestamp LastUpdatedTimestamp
        CleanRooms::AnalysisTemplate AnalysisTemplateIdentifier Arn CollaborationArn CollaborationIdentifier MembershipArn
        CleanRooms::Collaboration Arn CollaborationIdentifier
        CleanRooms::ConfiguredTable Arn ConfiguredTableIdentifier
        CleanRooms::ConfiguredTableAssociation Arn ConfiguredTableAssociationIdentifier
        CleanRooms::IdMappingTable Arn CollaborationArn CollaborationIdentifier IdMappingTableIdentifier InputReferenceProperties MembershipArn
        CleanRooms::IdNamespaceAssociation Arn CollaborationArn CollaborationIdentifier IdNamespaceAssociationIdentifier InputReferenceProperties MembershipArn
        CleanRooms::Membership Arn CollaborationArn CollaborationCreatorAccountId MembershipIdentifier
        CleanRooms::PrivacyBudgetTemplate Arn CollaborationArn CollaborationIdentifier MembershipArn PrivacyBudgetTemplateIdentifier
        CleanRoomsML::ConfiguredModelAlgorithm ConfiguredModelAlgorithmArn
        CleanRoomsML::ConfiguredModelAlgorithmAssociation CollaborationIdentifier ConfiguredModelAlgorithmAssociationArn
        CleanRoomsML::TrainingDataset Status TrainingDatasetArn
        Cloud9::EnvironmentEC2 Arn Id Name
        CloudFormation::CustomResource * Id
        CloudFormation::GuardHook HookArn
        CloudFormation::HookDefaultVersion Arn
        CloudFormation::HookTypeConfig ConfigurationArn
        CloudFormation::HookVersion Arn IsDefaultVersion TypeArn VersionId Visibility
        CloudFormation::LambdaHook HookArn
        CloudFormation::Macro Id
        CloudFormation::ModuleDefaultVersion
        CloudFormation::ModuleVersion Arn Description DocumentationUrl IsDefaultVersion Schema TimeCreated VersionId Visibility
        CloudFormation::PublicTypeVersion PublicTypeArn PublisherId TypeVersionArn
        CloudFormation::Publisher IdentityProvider PublisherId PublisherProfile PublisherStatus
        CloudFormation::ResourceDefaultVersion Arn
        CloudFormation::ResourceVersion Arn IsDefaultVersion ProvisioningType TypeArn VersionId Visibility
        CloudFormation::Stack Outputs.*
        CloudFormation::StackSet StackSetId
        CloudFormation::TypeActivation Arn
        CloudFormation::WaitCondition Data Id
        CloudFormation::WaitConditionHandle Id
        CloudFront::AnycastIpList AnycastIpList ETag Id IpamCidrConfigResults
        CloudFront::CachePolicy Id LastModifiedTime
        CloudFront::CloudFrontOriginAccessIdentity Id S3CanonicalUserId
        CloudFront::ConnectionFunction ConnectionFunctionArn CreatedTime ETag Id LastModifiedTime Stage Status
        CloudFront::ConnectionGroup Arn CreatedTime ETag Id IsDefault LastModifiedTime RoutingEndpoint Status
        CloudFront::ContinuousDeploymentPolicy Id LastModifiedTime
        CloudFront::Distribution DomainName Id
        CloudFront::DistributionTenant Arn CreatedTime DomainResults ETag Id LastModifiedTime Status
        CloudFront::Function FunctionARN FunctionMetadata.FunctionARN Stage
        CloudFront::KeyGroup Id LastModifiedTime
        CloudFront::KeyValueStore Arn Id Status
        CloudFront::MonitoringSubscription
        CloudFront::OriginAccessControl Id
        CloudFront::OriginRequestPolicy Id LastModifiedTime
        CloudFront::PublicKey CreatedTime Id
        CloudFront::RealtimeLogConfig Arn
        CloudFront::ResponseHeadersPolicy Id LastModifiedTime
        CloudFront::StreamingDistribution DomainName Id
        CloudFront::TrustStore Arn ETag Id LastModifiedTime NumberOfCaCertificates Status
        CloudFront::VpcOrigin AccountId Arn CreatedTime Id LastModifiedTime Status
        CloudTrail::Channel ChannelArn
        CloudTrail::Dashboard CreatedTimestamp DashboardArn Status Type UpdatedTimestamp
        CloudTrail::EventDataStore CreatedTimestamp EventDataStoreArn Status UpdatedTimestamp
        CloudTrail::ResourcePolicy
        CloudTrail::Trail Arn SnsTopicArn
        CloudWatch::Alarm Arn
        CloudWatch::AlarmMuteRule Arn LastUpdatedTimestamp MuteType Status
        CloudWatch::AnomalyDetector Id
        CloudWatch::CompositeAlarm Arn
        CloudWatch::Dashboard
        CloudWatch::InsightRule Arn Id RuleName
        CloudWatch::MetricStream Arn CreationDate LastUpdateDate State
        CloudWatch::OTelEnrichment AccountId Status
        CodeArtifact::Domain Arn DomainName EncryptionKey Name Owner Tags
        CodeArtifact::PackageGroup Arn
        CodeArtifact::Repository Arn Description DomainName DomainOwner ExternalConnections Name RepositoryName Tags Upstreams
        CodeBuild::Fleet Arn
        CodeBuild::Project Arn Id
        CodeBuild::ReportGroup Arn Id
        CodeBuild::SourceCredential Id
        CodeCommit::Repository Arn CloneUrlHttp CloneUrlSsh Id Name
        CodeConnections::Connection ConnectionArn ConnectionStatus OwnerAccountId
        CodeDeploy::Application
        CodeDeploy::DeploymentConfig
        CodeDeploy::DeploymentGroup Id
        CodeGuruProfiler::ProfilingGroup Arn
        CodeGuruReviewer::RepositoryAssociation AssociationArn
        CodePipeline::CustomActionType Id
        CodePipeline::Pipeline Id Version
        CodePipeline::Webhook Id Url
        CodeStar::GitHubRepository Id
        CodeStarConnections::Connection ConnectionArn ConnectionStatus OwnerAccountId
        CodeStarConnections::RepositoryLink ProviderType RepositoryLinkArn RepositoryLinkId
        CodeStarConnections::SyncConfiguration OwnerId ProviderType RepositoryName
        CodeStarNotifications::NotificationRule Arn
        Cognito::IdentityPool Id Name
        Cognito::IdentityPoolPrincipalTag
        Cognito::IdentityPoolRoleAttachment Id
        Cognito::LogDeliveryConfiguration Id
        Cognito::ManagedLoginBranding ManagedLoginBrandingId
        Cognito::Terms TermsId
        Cognito::UserPool Arn ProviderName ProviderURL UserPoolId
        Cognito::UserPoolClient ClientId ClientSecret Name
        Cognito::UserPoolDomain CloudFrontDistribution
        Cognito::UserPoolGroup
        Cognito::UserPoolIdentityProvider
        Cognito::UserPoolResourceServer
        Cognito::UserPoolRiskConfigurationAttachment
        Cognito::UserPoolUICustomizationAttachment
        Cognito::UserPoolUser
        Cognito::UserPoolUserToGroupAttachment
        Comprehend::DocumentClassifier Arn
        Comprehend::Flywheel Arn
        ComputeOptimizer::AutomationRule AccountId CreatedTimestamp LastUpdatedTimestamp RuleArn RuleId RuleRevision
        Config::AggregationAuthorization AggregationAuthorizationArn Id
        Config::ConfigRule Arn Compliance.Type ConfigRuleId
        Config::ConfigurationAggregator ConfigurationAggregatorArn
        Config::ConfigurationRecorder Id
        Config::ConformancePack
        Config::DeliveryChannel Id
        Config::OrganizationConfigRule Id
        Config::OrganizationConformancePack
        Config::RemediationConfiguration Id
        Config::StoredQuery QueryArn QueryId
        Connect::AgentStatus AgentStatusArn LastModifiedRegion LastModifiedTime
        Connect::ApprovedOrigin
        Connect::ContactFlow ContactFlowArn
        Connect::ContactFlowModule ContactFlowModuleArn Status
        Connect::ContactFlowModuleAlias AliasId ContactFlowModuleAliasARN
        Connect::ContactFlowModuleVersion ContactFlowModuleVersionARN FlowModuleContentSha256 Version
        Connect::ContactFlowVersion ContactFlowVersionARN FlowContentSha256 Version
        Connect::DataTable Arn CreatedTime LastModifiedRegion LastModifiedTime LockVersion
        Connect::DataTableAttribute AttributeId LastModifiedRegion LastModifiedTime LockVersion
        Connect::DataTableRecord RecordId
        Connect::EmailAddress EmailAddressArn
        Connect::EvaluationForm EvaluationFormArn
        Connect::HoursOfOperation HoursOfOperationArn
        Connect::Instance Arn CreatedTime Id InstanceStatus ServiceRole
        Connect::InstanceStorageConfig AssociationId
        Connect::IntegrationAssociation IntegrationAssociationId
        Connect::Notification Arn CreatedAt Id
        Connect::PhoneNumber Address PhoneNumberArn
        Connect::PredefinedAttribute LastModifiedRegion LastModifiedTime
        Connect::Prompt PromptArn
        Connect::Queue QueueArn Type
        Connect::QuickConnect QuickConnectArn QuickConnectType
        Connect::RoutingProfile RoutingProfileArn
        Connect::Rule RuleArn
        Connect::SecurityKey AssociationId
        Connect::SecurityProfile LastModifiedRegion LastModifiedTime SecurityProfileArn
        Connect::TaskTemplate Arn
        Connect::TrafficDistributionGroup IsDefault Status TrafficDistributionGroupArn
        Connect::User UserArn
        Connect::UserHierarchyGroup UserHierarchyGroupArn
        Connect::UserHierarchyStructure UserHierarchyStructureArn
        Connect::View ViewArn ViewContentSha256 ViewId
        Connect::ViewVersion Version ViewVersionArn
        Connect::Workspace Arn Id
        ConnectCampaigns::Campaign Arn
        ConnectCampaignsV2::Campaign Arn
        ControlTower::EnabledBaseline EnabledBaselineIdentifier
        ControlTower::EnabledControl
        ControlTower::LandingZone Arn DriftStatus LandingZoneIdentifier LatestAvailableVersion Status
        CustomerProfiles::CalculatedAttributeDefinition CreatedAt LastUpdatedAt Readiness Status
        CustomerProfiles::Domain CreatedAt DataStore.Readiness LastUpdatedAt RuleBasedMatching.Status Stats
        CustomerProfiles::DomainObjectType CreatedAt LastUpdatedAt
        CustomerProfiles::EventStream CreatedAt DestinationDetails EventStreamArn State
        CustomerProfiles::EventTrigger CreatedAt LastUpdatedAt
        CustomerProfiles::Integration CreatedAt LastUpdatedAt
        CustomerProfiles::ObjectType CreatedAt LastUpdatedAt MaxAvailableProfileObjectCount
        CustomerProfiles::Recommender CreatedAt FailureReason LastUpdatedAt LatestRecommenderUpdate RecommenderArn Status TrainingMetrics
        CustomerProfiles::SegmentDefinition CreatedAt SegmentDefinitionArn SegmentType
        DAX::Cluster Arn ClusterDiscoveryEndpoint ClusterDiscoveryEndpointURL Id
        DAX::ParameterGroup Id
        DAX::SubnetGroup Id
        DLM::LifecyclePolicy Arn Id
        DMS::Certificate Id
        DMS::DataMigration DataMigrationArn DataMigrationCreateTime
        DMS::DataProvider DataProviderArn DataProviderCreationTime
        DMS::Endpoint ExternalId Id
        DMS::EventSubscription Id
        DMS::InstanceProfile InstanceProfileArn InstanceProfileCreationTime
        DMS::MigrationProject MigrationProjectArn
        DMS::ReplicationConfig ReplicationConfigArn
        DMS::ReplicationInstance Id ReplicationInstancePrivateIpAddresses ReplicationInstancePublicIpAddresses
        DMS::ReplicationSubnetGroup Id
        DMS::ReplicationTask Id
        DSQL::Cluster CreationTime EncryptionDetails Endpoint Identifier PolicyVersion ResourceArn Status VpcEndpoint VpcEndpointServiceName
        DataBrew::Dataset
        DataBrew::Job
        DataBrew::Project
        DataBrew::Recipe
        DataBrew::Ruleset
        DataBrew::Schedule
        DataPipeline::Pipeline Id PipelineId
        DataSync::Agent AgentArn EndpointType
        DataSync::LocationAzureBlob CmkSecretConfig.SecretArn LocationArn LocationUri ManagedSecretConfig
        DataSync::LocationEFS LocationArn LocationUri
        DataSync::LocationFSxLustre LocationArn LocationUri
        DataSync::LocationFSxONTAP FsxFilesystemArn LocationArn LocationUri Protocol.SMB.CmkSecretConfig.SecretArn Protocol.SMB.ManagedSecretConfig
        DataSync::LocationFSxOpenZFS LocationArn LocationUri
        DataSync::LocationFSxWindows CmkSecretConfig.SecretArn LocationArn LocationUri ManagedSecretConfig
        DataSync::LocationHDFS CmkSecretConfig.SecretArn LocationArn LocationUri ManagedSecretConfig
        DataSync::LocationNFS LocationArn LocationUri
        DataSync::LocationObjectStorage CmkSecretConfig.SecretArn LocationArn LocationUri ManagedSecretConfig
        DataSync::LocationS3 LocationArn LocationUri
        DataSync::LocationSMB CmkSecretConfig.SecretArn LocationArn LocationUri ManagedSecretConfig
        DataSync::Task DestinationNetworkInterfaceArns SourceNetworkInterfaceArns Status TaskArn
        DataZone::Connection ConnectionId DomainId DomainUnitId EnvironmentId EnvironmentUserRole ProjectId Type
        DataZone::DataSource ConnectionId CreatedAt DomainId EnvironmentId Id LastRunAssetCount LastRunAt LastRunStatus ProjectId Status UpdatedAt
        DataZone::Domain Arn CreatedAt Id LastUpdatedAt ManagedAccountId PortalUrl RootDomainUnitId Status
        DataZone::DomainUnit CreatedAt DomainId Id Identifier LastUpdatedAt ParentDomainUnitId
        DataZone::Environment AwsAccountId AwsAccountRegion CreatedAt CreatedBy DomainId EnvironmentBlueprintId EnvironmentProfileId Id ProjectId Provider Status UpdatedAt
        DataZone::EnvironmentActions DomainId EnvironmentId Id
        DataZone::EnvironmentBlueprintConfiguration CreatedAt DomainId EnvironmentBlueprintId UpdatedAt
        DataZone::EnvironmentProfile CreatedAt CreatedBy DomainId EnvironmentBlueprintId Id ProjectId UpdatedAt
        DataZone::FormType CreatedAt CreatedBy DomainId FormTypeIdentifier OwningProjectId Revision
        DataZone::GroupProfile DomainId GroupName Id RolePrincipalId
        DataZone::Owner OwnerIdentifier OwnerType
        DataZone::PolicyGrant CreatedAt CreatedBy GrantId
        DataZone::Project CreatedAt CreatedBy DomainId Id LastUpdatedAt ProjectStatus
        DataZone::ProjectMembership MemberIdentifier MemberIdentifierType
        DataZone::ProjectProfile CreatedAt CreatedBy DomainId DomainUnitId EnvironmentConfigurations.*.ConfigurationParameters.ResolvedParameters EnvironmentConfigurations.*.EnvironmentConfigurationId Id Identifier LastUpdatedAt
        DataZone::SubscriptionTarget CreatedAt CreatedBy DomainId EnvironmentId Id ProjectId UpdatedAt UpdatedBy
        DataZone::UserProfile Details DomainId Id Type
        Deadline::Farm Arn FarmId
        Deadline::Fleet Arn Capabilities FleetId Status StatusMessage WorkerCount
        Deadline::LicenseEndpoint Arn DnsName LicenseEndpointId Status StatusMessage
        Deadline::Limit CurrentCount LimitId
        Deadline::MeteredProduct Arn Family Port Vendor
        Deadline::Monitor Arn IdentityCenterApplicationArn MonitorId Url
        Deadline::Queue Arn QueueId
        Deadline::QueueEnvironment Name QueueEnvironmentId
        Deadline::QueueFleetAssociation
        Deadline::QueueLimitAssociation
        Deadline::StorageProfile StorageProfileId
        Detective::Graph Arn
        Detective::MemberInvitation
        Detective::OrganizationAdmin GraphArn
        DevOpsAgent::AgentSpace AgentSpaceId Arn CreatedAt OperatorApp.Iam.CreatedAt OperatorApp.Iam.UpdatedAt OperatorApp.Idc.CreatedAt OperatorApp.Idc.IdcApplicationArn OperatorApp.Idc.UpdatedAt UpdatedAt
        DevOpsAgent::Association AssociationId CreatedAt UpdatedAt
        DevOpsAgent::PrivateConnection Arn CertificateExpiryTime Status
        DevOpsAgent::Service AccessibleResources AdditionalServiceDetails Arn ServiceId
        DevOpsGuru::LogAnomalyDetectionIntegration AccountId
        DevOpsGuru::NotificationChannel Id
        DevOpsGuru::ResourceCollection ResourceCollectionType
        DeviceFarm::DevicePool Arn
        DeviceFarm::InstanceProfile Arn
        DeviceFarm::NetworkProfile Arn
        DeviceFarm::Project Arn
        DeviceFarm::TestGridProject Arn
        DeviceFarm::VPCEConfiguration Arn
        DirectConnect::Connection ConnectionArn ConnectionId ConnectionState
        DirectConnect::DirectConnectGateway DirectConnectGatewayArn DirectConnectGatewayId
        DirectConnect::DirectConnectGatewayAssociation AssociationId
        DirectConnect::Lag LagArn LagId LagState
        DirectConnect::PrivateVirtualInterface BgpPeers.*.BgpPeerId VirtualInterfaceArn VirtualInterfaceId
        DirectConnect::PublicVirtualInterface BgpPeers.*.BgpPeerId VirtualInterfaceArn VirtualInterfaceId
        DirectConnect::TransitVirtualInterface BgpPeers.*.BgpPeerId VirtualInterfaceArn VirtualInterfaceId
        DirectoryService::MicrosoftAD Alias DnsIpAddresses Id
        DirectoryService::SimpleAD Alias DirectoryId DnsIpAddresses Id
        DocDB::DBCluster ClusterResourceId Endpoint Id Port ReadEndpoint
        DocDB::DBClusterParameterGroup Id
        DocDB::DBInstance Endpoint Id Port
        DocDB::DBSubnetGroup Id
        DocDB::EventSubscription Id
        DocDB::GlobalCluster GlobalClusterArn GlobalClusterResourceId
        DocDBElastic::Cluster ClusterArn ClusterEndpoint
        DynamoDB::GlobalTable Arn StreamArn TableId
        DynamoDB::Table Arn StreamArn
        EC2::CapacityManagerDataExport CapacityManagerDataExportId
        EC2::CapacityReservation AvailabilityZone AvailabilityZoneId AvailableInstanceCount CapacityAllocationSet CapacityReservationArn CapacityReservationFleetId CommitmentInfo.CommitmentEndDate CommitmentInfo.CommittedInstanceCount CreateDate DeliveryPreference EbsOptimized EndDate EndDateType EphemeralStorage Id InstanceCount InstanceMatchCriteria InstancePlatform InstanceType OutPostArn OwnerId PlacementGroupArn ReservationType StartDate State TagSpecifications Tenancy TotalInstanceCount UnusedReservationBillingOwnerId
        EC2::CapacityReservationFleet CapacityReservationFleetId
        EC2::CarrierGateway CarrierGatewayId OwnerId State
        EC2::ClientVpnAuthorizationRule Id
        EC2::ClientVpnEndpoint Id
        EC2::ClientVpnRoute Id
        EC2::ClientVpnTargetNetworkAssociation Id
        EC2::CustomerGateway CustomerGatewayId Id
        EC2::DHCPOptions DhcpOptionsId
        EC2::EC2Fleet FleetId
        EC2::EIP AllocationId PublicIp
        EC2::EIPAssociation Id
        EC2::EgressOnlyInternetGateway Id
        EC2::EnclaveCertificateIamRoleAssociation CertificateS3BucketName CertificateS3ObjectKey EncryptionKmsKeyId
        EC2::FlowLog Id
        EC2::GatewayRouteTableAssociation AssociationId
        EC2::Host HostId Id
        EC2::IPAM Arn DefaultResourceDiscoveryAssociationId DefaultResourceDiscoveryId IpamId PrivateDefaultScopeId PublicDefaultScopeId ResourceDiscoveryAssociationCount ScopeCount
        EC2::IPAMAllocation IpamPoolAllocationId
        EC2::IPAMPool Arn IpamArn IpamPoolId IpamScopeArn IpamScopeType PoolDepth State StateMessage
        EC2::IPAMPoolCidr IpamPoolCidrId State
        EC2::IPAMPrefixListResolver IpamArn IpamPrefixListResolverArn IpamPrefixListResolverId
        EC2::IPAMPrefixListResolverTarget IpamPrefixListResolverTargetArn IpamPrefixListResolverTargetId
        EC2::IPAMResourceDiscovery IpamResourceDiscoveryArn IpamResourceDiscoveryId IpamResourceDiscoveryRegion IsDefault OwnerId State
        EC2::IPAMResourceDiscoveryAssociation IpamArn IpamRegion IpamResourceDiscoveryAssociationArn IpamResourceDiscoveryAssociationId IsDefault OwnerId ResourceDiscoveryStatus State
        EC2::IPAMScope Arn IpamArn IpamScopeId IpamScopeType IsDefault PoolCount
        EC2::Instance AdditionalInfo Affinity AvailabilityZone BlockDeviceMappings CpuOptions.CoreCount CpuOptions.ThreadsPerCore CreditSpecification.CPUCredits DisableApiTermination EbsOptimized ElasticGpuSpecifications ElasticInferenceAccelerators EnclaveOptions.Enabled HibernationOptions.Configured HostId HostResourceGroupArn IamInstanceProfile ImageId InstanceId InstanceInitiatedShutdownBehavior InstanceType Ipv6AddressCount Ipv6Addresses KernelId KeyName LicenseSpecifications Monitoring NetworkInterfaces PlacementGroupName PrivateDnsName PrivateIp PrivateIpAddress PropagateTagsToVolumeOnCreation PublicDnsName PublicIp RamdiskId SecurityGroupIds SecurityGroups SourceDestCheck SsmAssociations SubnetId Tags Tenancy UserData Volumes VpcId
        EC2::InstanceConnectEndpoint AvailabilityZone AvailabilityZoneId CreatedAt Id InstanceConnectEndpointArn NetworkInterfaceIds OwnerId PublicDnsNames State StateMessage VpcId
        EC2::InternetGateway InternetGatewayId
        EC2::IpPoolRouteTableAssociation AssociationId
        EC2::KeyPair KeyFingerprint KeyPairId
        EC2::LaunchTemplate DefaultVersionNumber LatestVersionNumber LaunchTemplateId
        EC2::LocalGatewayRoute State Type
        EC2::LocalGatewayRouteTable LocalGatewayRouteTableArn LocalGatewayRouteTableId OutpostArn OwnerId State
        EC2::LocalGatewayRouteTableVPCAssociation LocalGatewayId LocalGatewayRouteTableVpcAssociationId State
        EC2::LocalGatewayRouteTableVirtualInterfaceGroupAssociation LocalGatewayId LocalGatewayRouteTableArn LocalGatewayRouteTableVirtualInterfaceGroupAssociationId OwnerId State
        EC2::LocalGatewayVirtualInterface ConfigurationState LocalBgpAsn LocalGatewayId LocalGatewayVirtualInterfaceId OwnerId
        EC2::LocalGatewayVirtualInterfaceGroup ConfigurationState LocalGatewayVirtualInterfaceGroupArn LocalGatewayVirtualInterfaceGroupId LocalGatewayVirtualInterfaceIds OwnerId
        EC2::NatGateway AutoProvisionZones AutoScalingIps EniId NatGatewayId RouteTableId
        EC2::NetworkAcl Id
        EC2::NetworkAclEntry Id
        EC2::NetworkInsightsAccessScope CreatedDate NetworkInsightsAccessScopeArn NetworkInsightsAccessScopeId UpdatedDate
        EC2::NetworkInsightsAccessScopeAnalysis AnalyzedEniCount EndDate FindingsFound NetworkInsightsAccessScopeAnalysisArn NetworkInsightsAccessScopeAnalysisId StartDate Status StatusMessage
        EC2::NetworkInsightsAnalysis AlternatePathHints Explanations ForwardPathComponents NetworkInsightsAnalysisArn NetworkInsightsAnalysisId NetworkPathFound ReturnPathComponents StartDate Status StatusMessage SuggestedAccounts
        EC2::NetworkInsightsPath CreatedDate DestinationArn NetworkInsightsPathArn NetworkInsightsPathId SourceArn
        EC2::NetworkInterface Id PrimaryIpv6Address PrimaryPrivateIpAddress PublicIpDnsNameOptions SecondaryPrivateIpAddresses VpcId
        EC2::NetworkInterfaceAttachment AttachmentId
        EC2::NetworkInterfacePermission Id
        EC2::NetworkPerformanceMetricSubscription
        EC2::PlacementGroup GroupName
        EC2::PrefixList Arn OwnerId PrefixListId Version
        EC2::Route CidrBlock
        EC2::RouteServer Arn Id
        EC2::RouteServerAssociation
        EC2::RouteServerEndpoint Arn EniAddress EniId Id VpcId
        EC2::RouteServerPeer Arn EndpointEniAddress EndpointEniId Id RouteServerId SubnetId VpcId
        EC2::RouteServerPropagation
        EC2::RouteTable RouteTableId
        EC2::SecurityGroup GroupDescription GroupId GroupName Id SecurityGroupEgress SecurityGroupIngress Tags VpcId
        EC2::SecurityGroupEgress Id
        EC2::SecurityGroupIngress Id
        EC2::SecurityGroupVpcAssociation State StateReason VpcOwnerId
        EC2::SnapshotBlockPublicAccess AccountId
        EC2::SpotFleet Id
        EC2::SqlHaStandbyDetectedInstance HaStatus LastUpdatedTime SqlServerLicenseUsage
        EC2::Subnet AssignIpv6AddressOnCreation AvailabilityZone AvailabilityZoneId BlockPublicAccessStates.InternetGatewayBlockMode CidrBlock EnableDns64 EnableLniAtDeviceIndex Ipv4IpamPoolId Ipv4NetmaskLength Ipv6CidrBlock Ipv6CidrBlocks Ipv6IpamPoolId Ipv6Native Ipv6NetmaskLength MapPublicIpOnLaunch NetworkAclAssociationId OutpostArn PrivateDnsNameOptionsOnLaunch.EnableResourceNameDnsAAAARecord PrivateDnsNameOptionsOnLaunch.EnableResourceNameDnsARecord PrivateDnsNameOptionsOnLaunch.HostnameType SubnetId Tags VpcId
        EC2::SubnetCidrBlock Id IpSource Ipv6AddressAttribute
        EC2::SubnetNetworkAclAssociation AssociationId
        EC2::SubnetRouteTableAssociation Id
        EC2::TrafficMirrorFilter Id
        EC2::TrafficMirrorFilterRule TrafficMirrorFilterRuleId
        EC2::TrafficMirrorSession Id
        EC2::TrafficMirrorTarget Id
        EC2::TransitGateway EncryptionSupportState Id TransitGatewayArn
        EC2::TransitGatewayAttachment Id
        EC2::TransitGatewayConnect CreationTime State TransitGatewayAttachmentId TransitGatewayId
        EC2::TransitGatewayConnectPeer ConnectPeerConfiguration.BgpConfigurations ConnectPeerConfiguration.BgpConfigurations.*.BgpStatus ConnectPeerConfiguration.BgpConfigurations.*.PeerAddress ConnectPeerConfiguration.BgpConfigurations.*.TransitGatewayAddress ConnectPeerConfiguration.BgpConfigurations.*.TransitGatewayAsn ConnectPeerConfiguration.Protocol CreationTime State TransitGatewayConnectPeerId
        EC2::TransitGatewayMeteringPolicy State TransitGatewayMeteringPolicyId UpdateEffectiveAt
        EC2::TransitGatewayMeteringPolicyEntry State UpdateEffectiveAt
        EC2::TransitGatewayMulticastDomain CreationTime State TransitGatewayMulticastDomainArn TransitGatewayMulticastDomainId
        EC2::TransitGatewayMulticastDomainAssociation ResourceId ResourceType State
        EC2::TransitGatewayMulticastGroupMember GroupMember GroupSource MemberType ResourceId ResourceType SubnetId TransitGatewayAttachmentId
        EC2::TransitGatewayMulticastGroupSource GroupMember GroupSource ResourceId ResourceType SourceType SubnetId TransitGatewayAttachmentId
        EC2::TransitGatewayPeeringAttachment CreationTime State Status TransitGatewayAttachmentId
        EC2::TransitGatewayRoute
        EC2::TransitGatewayRouteTable TransitGatewayRouteTableId
        EC2::TransitGatewayRouteTableAssociation
        EC2::TransitGatewayRouteTablePropagation
        EC2::TransitGatewayVpcAttachment Id
        EC2::VPC CidrBlock CidrBlockAssociations DefaultNetworkAcl DefaultSecurityGroup EnableDnsHostnames EnableDnsSupport InstanceTenancy Ipv4IpamPoolId Ipv4NetmaskLength Ipv6CidrBlocks Tags VpcId
        EC2::VPCBlockPublicAccessExclusion ExclusionId
        EC2::VPCBlockPublicAccessOptions AccountId ExclusionsAllowed
        EC2::VPCCidrBlock Id IpSource Ipv6AddressAttribute
        EC2::VPCDHCPOptionsAssociation
        EC2::VPCEncryptionControl ResourceExclusions ResourceExclusions.EgressOnlyInternetGateway ResourceExclusions.EgressOnlyInternetGateway.State ResourceExclusions.EgressOnlyInternetGateway.StateMessage ResourceExclusions.ElasticFileSystem ResourceExclusions.ElasticFileSystem.State ResourceExclusions.ElasticFileSystem.StateMessage ResourceExclusions.InternetGateway ResourceExclusions.InternetGateway.State ResourceExclusions.InternetGateway.StateMessage ResourceExclusions.Lambda ResourceExclusions.Lambda.State ResourceExclusions.Lambda.StateMessage ResourceExclusions.NatGateway ResourceExclusions.NatGateway.State ResourceExclusions.NatGateway.StateMessage ResourceExclusions.VirtualPrivateGateway ResourceExclusions.VirtualPrivateGateway.State ResourceExclusions.VirtualPrivateGateway.StateMessage ResourceExclusions.VpcLattice ResourceExclusions.VpcLattice.State ResourceExclusions.VpcLattice.StateMessage ResourceExclusions.VpcPeering ResourceExclusions.VpcPeering.State ResourceExclusions.VpcPeering.StateMessage State StateMessage VpcEncryptionControlId
        EC2::VPCEndpoint CreationTimestamp DnsEntries Id NetworkInterfaceIds
        EC2::VPCEndpointConnectionNotification VPCEndpointConnectionNotificationId
        EC2::VPCEndpointService ServiceId
        EC2::VPCEndpointServicePermissions
        EC2::VPCGatewayAttachment AttachmentType
        EC2::VPCPeeringConnection Id
        EC2::VPNConcentrator TransitGatewayAttachmentId VpnConcentratorId
        EC2::VPNConnection Id VpnConnectionId
        EC2::VPNConnectionRoute Id
        EC2::VPNGateway VPNGatewayId
        EC2::VPNGatewayRoutePropagation Id
        EC2::VerifiedAccessEndpoint CreationTime DeviceValidationDomain EndpointDomain LastUpdatedTime Status VerifiedAccessEndpointId VerifiedAccessInstanceId
        EC2::VerifiedAccessGroup CreationTime LastUpdatedTime Owner VerifiedAccessGroupArn VerifiedAccessGroupId
        EC2::VerifiedAccessInstance CidrEndpointsCustomSubDomainNameServers CreationTime LastUpdatedTime VerifiedAccessInstanceId
        EC2::VerifiedAccessTrustProvider CreationTime LastUpdatedTime VerifiedAccessTrustProviderId
        EC2::Volume VolumeId
        EC2::VolumeAttachment
        ECR::PublicRepository Arn
        ECR::PullThroughCacheRule
        ECR::PullTimeUpdateExclusion
        ECR::RegistryPolicy RegistryId
        ECR::RegistryScanningConfiguration RegistryId
        ECR::ReplicationConfiguration RegistryId
        ECR::Repository Arn RepositoryUri
        ECR::RepositoryCreationTemplate CreatedAt UpdatedAt
        ECR::SigningConfiguration RegistryId
        ECS::CapacityProvider
        ECS::Cluster Arn
        ECS::ClusterCapacityProviderAssociations
        ECS::Daemon CreatedAt DaemonArn DaemonStatus DeploymentArn UpdatedAt
        ECS::DaemonTaskDefinition DaemonTaskDefinitionArn
        ECS::ExpressGatewayService ActiveConfigurations CreatedAt ECSManagedResourceArns ECSManagedResourceArns.AutoScaling ECSManagedResourceArns.AutoScaling.ApplicationAutoScalingPolicies ECSManagedResourceArns.AutoScaling.ScalableTarget ECSManagedResourceArns.IngressPath ECSManagedResourceArns.IngressPath.CertificateArn ECSManagedResourceArns.IngressPath.ListenerArn ECSManagedResourceArns.IngressPath.ListenerRuleArn ECSManagedResourceArns.IngressPath.LoadBalancerArn ECSManagedResourceArns.IngressPath.LoadBalancerSecurityGroups ECSManagedResourceArns.IngressPath.TargetGroupArns ECSManagedResourceArns.LogGroups ECSManagedResourceArns.MetricAlarms ECSManagedResourceArns.ServiceSecurityGroups Endpoint ServiceArn Status UpdatedAt
        ECS::PrimaryTaskSet
        ECS::Service Name ServiceArn
        ECS::TaskDefinition TaskDefinitionArn
        ECS::TaskSet Id
        EFS::AccessPoint AccessPointId Arn
        EFS::FileSystem Arn FileSystemId ReplicationConfiguration.Destinations.*.Status ReplicationConfiguration.Destinations.*.StatusMessage
        EFS::MountTarget FileSystemId Id IpAddress IpAddressType Ipv6Address SecurityGroups SubnetId
        EKS::AccessEntry AccessEntryArn
        EKS::Addon Arn
        EKS::Capability Arn Configuration.ArgoCd.AwsIdc.IdcManagedApplicationArn Configuration.ArgoCd.ServerUrl CreatedAt ModifiedAt Status Version
        EKS::Cluster Arn CertificateAuthorityData ClusterSecurityGroupId EncryptionConfigKeyArn Endpoint Id KubernetesNetworkConfig.ServiceIpv6Cidr OpenIdConnectIssuerUrl
        EKS::FargateProfile Arn
        EKS::IdentityProviderConfig IdentityProviderConfigArn
        EKS::Nodegroup AmiType Arn CapacityType ClusterName DiskSize ForceUpdateEnabled Id InstanceTypes LaunchTemplate.Id LaunchTemplate.Name LaunchTemplate.Version NodeRepairConfig.Enabled NodeRepairConfig.MaxParallelNodesRepairedCount NodeRepairConfig.MaxParallelNodesRepairedPercentage NodeRepairConfig.MaxUnhealthyNodeThresholdCount NodeRepairConfig.MaxUnhealthyNodeThresholdPercentage NodeRepairConfig.NodeRepairConfigOverrides NodeRole NodegroupName ReleaseVersion RemoteAccess.Ec2SshKey RemoteAccess.SourceSecurityGroups ScalingConfig.DesiredSize ScalingConfig.MaxSize ScalingConfig.MinSize Subnets Taints UpdateConfig.MaxUnavailable UpdateConfig.MaxUnavailablePercentage UpdateConfig.UpdateStrategy Version WarmPoolConfig.Enabled WarmPoolConfig.MaxGroupPreparedCapacity WarmPoolConfig.MinSize WarmPoolConfig.PoolState WarmPoolConfig.ReuseOnScaleIn
        EKS::PodIdentityAssociation AssociationArn AssociationId ExternalId
        EMR::Cluster Id MasterPublicDNS
        EMR::InstanceFleetConfig Id
        EMR::InstanceGroupConfig Id
        EMR::SecurityConfiguration
        EMR::Step Id
        EMR::Studio Arn StudioId Url
        EMR::StudioSessionMapping
        EMR::WALWorkspace
        EMRContainers::Endpoint Arn CertificateAuthority CreatedAt FailureReason Id SecurityGroup ServerUrl State StateDetails
        EMRContainers::SecurityConfiguration Arn Id
        EMRContainers::VirtualCluster Arn Id
        EMRServerless::Application ApplicationId Arn
        EVS::Environment Checks CreatedAt Credentials EnvironmentArn EnvironmentId EnvironmentState ModifiedAt StateDetails
        ElastiCache::CacheCluster ConfigurationEndpoint ConfigurationEndpoint.Address ConfigurationEndpoint.Port Id RedisEndpoint RedisEndpoint.Address RedisEndpoint.Port
        ElastiCache::GlobalReplicationGroup GlobalReplicationGroupId Status
        ElastiCache::ParameterGroup CacheParameterGroupName
        ElastiCache::ReplicationGroup AtRestEncryptionEnabled AuthToken AutoMinorVersionUpgrade AutomaticFailoverEnabled CacheNodeType CacheParameterGroupName CacheSecurityGroupNames CacheSubnetGroupName ClusterMode ConfigurationEndPoint.Address ConfigurationEndPoint.Port DataTieringEnabled Engine EngineVersion GlobalReplicationGroupId IpDiscovery KmsKeyId LogDeliveryConfigurations MultiAZEnabled NetworkType NodeGroupConfiguration NotificationTopicArn NumCacheClusters NumNodeGroups Port PreferredCacheClusterAZs PreferredMaintenanceWindow PrimaryClusterId PrimaryEndPoint.Address PrimaryEndPoint.Port ReadEndPoint.Addresses ReadEndPoint.AddressesList ReadEndPoint.Ports ReadEndPoint.PortsList ReaderEndPoint.Address ReaderEndPoint.Port ReplicasPerNodeGroup ReplicationGroupDescription ReplicationGroupId SecurityGroupIds SnapshotArns SnapshotName SnapshotRetentionLimit SnapshotWindow SnapshottingClusterId Tags TransitEncryptionEnabled TransitEncryptionMode UserGroupIds
        ElastiCache::SecurityGroup Id
        ElastiCache::SecurityGroupIngress Id
        ElastiCache::ServerlessCache ARN CreateTime Endpoint.Address Endpoint.Port FullEngineVersion ReaderEndpoint.Address ReaderEndpoint.Port Status
        ElastiCache::SubnetGroup
        ElastiCache::User Arn Status
        ElastiCache::UserGroup Arn Status
        ElasticBeanstalk::Application Id
        ElasticBeanstalk::ApplicationVersion Id
        ElasticBeanstalk::ConfigurationTemplate Id TemplateName
        ElasticBeanstalk::Environment EndpointURL Id
        ElasticLoadBalancing::LoadBalancer CanonicalHostedZoneName CanonicalHostedZoneNameID DNSName Id SourceSecurityGroup.GroupName SourceSecurityGroup.OwnerAlias
        ElasticLoadBalancingV2::Listener ListenerArn
        ElasticLoadBalancingV2::ListenerCertificate Id
        ElasticLoadBalancingV2::ListenerRule IsDefault RuleArn
        ElasticLoadBalancingV2::LoadBalancer CanonicalHostedZoneID DNSName EnableCapacityReservationProvisionStabilize EnablePrefixForIpv6SourceNat EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic IpAddressType Ipv4IpamPoolId LoadBalancerArn LoadBalancerAttributes LoadBalancerFullName LoadBalancerName Name Scheme SecurityGroups SubnetMappings Subnets Tags Type
        ElasticLoadBalancingV2::TargetGroup LoadBalancerArns TargetGroupArn TargetGroupFullName TargetGroupName
        ElasticLoadBalancingV2::TrustStore NumberOfCaCertificates Status TrustStoreArn
        ElasticLoadBalancingV2::TrustStoreRevocation RevocationId TrustStoreRevocations
        Elasticsearch::Domain Arn DomainArn DomainEndpoint Id
        ElementalInference::Feed Arn DataEndpoints Id
        EntityResolution::IdMappingWorkflow CreatedAt UpdatedAt WorkflowArn
        EntityResolution::IdNamespace CreatedAt IdNamespaceArn UpdatedAt
        EntityResolution::MatchingWorkflow CreatedAt UpdatedAt WorkflowArn
        EntityResolution::PolicyStatement
        EntityResolution::SchemaMapping CreatedAt HasWorkflows SchemaArn UpdatedAt
        EventSchemas::Discoverer CrossAccount Description DiscovererArn DiscovererId SourceArn State Tags
        EventSchemas::Registry Description RegistryArn RegistryName Tags
        EventSchemas::RegistryPolicy Id
        EventSchemas::Schema Content Description LastModified RegistryName SchemaArn SchemaName SchemaVersion Tags Type VersionCreatedDate
        Events::ApiDestination Arn ArnForPolicy
        Events::Archive Arn
        Events::Connection Arn ArnForPolicy AuthParameters.ConnectivityParameters.ResourceParameters.ResourceAssociationArn InvocationConnectivityParameters.ResourceParameters.ResourceAssociationArn SecretArn
        Events::Endpoint Arn EndpointId EndpointUrl State StateReason
        Events::EventBus Arn DeadLetterConfig.Arn Description EventSourceName Id KmsKeyIdentifier LogConfig.IncludeDetail LogConfig.Level Name Policy Tags
        Events::EventBusPolicy
        Events::Rule Arn
        Evidently::Experiment Arn
        Evidently::Feature Arn
        Evidently::Launch Arn
        Evidently::Project Arn
        Evidently::Segment Arn
        FIS::ExperimentTemplate Id
        FIS::TargetAccountConfiguration
        FMS::NotificationChannel
        FMS::Policy Arn Id
        FMS::ResourceSet Id
        FSx::DataRepositoryAssociation AssociationId ResourceARN
        FSx::FileSystem DNSName Id LustreMountName ResourceARN RootVolumeId
        FSx::S3AccessPointAttachment Lifecycle S3AccessPoint.Alias S3AccessPoint.ResourceARN
        FSx::Snapshot Id ResourceARN
        FSx::StorageVirtualMachine ResourceARN StorageVirtualMachineId UUID
        FSx::Volume ResourceARN UUID VolumeId
        FinSpace::Environment AwsAccountId DedicatedServiceAccountId EnvironmentArn EnvironmentId EnvironmentUrl SageMakerStudioDomainUrl Status
        Forecast::Dataset Arn
        Forecast::DatasetGroup DatasetGroupArn
        FraudDetector::Detector Arn AssociatedModels.*.Arn CreatedTime DetectorVersionId EventType.Arn EventType.CreatedTime EventType.EntityTypes.*.Arn EventType.EntityTypes.*.CreatedTime EventType.EntityTypes.*.LastUpdatedTime EventType.EventVariables.*.Arn EventType.EventVariables.*.CreatedTime EventType.EventVariables.*.LastUpdatedTime EventType.Labels.*.Arn EventType.Labels.*.CreatedTime EventType.Labels.*.LastUpdatedTime EventType.LastUpdatedTime LastUpdatedTime Rules.*.Arn Rules.*.CreatedTime Rules.*.LastUpdatedTime Rules.*.Outcomes.*.Arn Rules.*.Outcomes.*.CreatedTime Rules.*.Outcomes.*.LastUpdatedTime Rules.*.RuleVersion
        FraudDetector::EntityType Arn CreatedTime LastUpdatedTime
        FraudDetector::EventType Arn CreatedTime EntityTypes.*.Arn EntityTypes.*.CreatedTime EntityTypes.*.LastUpdatedTime EventVariables.*.Arn EventVariables.*.CreatedTime EventVariables.*.LastUpdatedTime Labels.*.Arn Labels.*.CreatedTime Labels.*.LastUpdatedTime LastUpdatedTime
        FraudDetector::Label Arn CreatedTime LastUpdatedTime
        FraudDetector::List Arn CreatedTime LastUpdatedTime
        FraudDetector::Outcome Arn CreatedTime LastUpdatedTime
        FraudDetector::Variable Arn CreatedTime LastUpdatedTime
        GameLift::Alias AliasArn AliasId Id
        GameLift::Build BuildArn BuildId Id
        GameLift::ContainerFleet CreationTime DeploymentDetails FleetArn FleetId GameServerContainerGroupDefinitionArn Locations.*.PlayerGatewayStatus MaximumGameServerContainerGroupsPerInstance PerInstanceContainerGroupDefinitionArn Status
        GameLift::ContainerGroupDefinition ContainerGroupDefinitionArn CreationTime Status StatusReason VersionNumber
        GameLift::Fleet FleetArn FleetId Id Locations.*.PlayerGatewayStatus
        GameLift::GameServerGroup AutoScalingGroupArn GameServerGroupArn
        GameLift::GameSessionQueue Arn CustomEventData Destinations Name NotificationTarget PlayerLatencyPolicies Tags TimeoutInSeconds
        GameLift::Location LocationArn
        GameLift::MatchmakingConfiguration AcceptanceRequired AcceptanceTimeoutSeconds AdditionalPlayerCount Arn BackfillMode CreationTime CustomEventData Description FlexMatchMode GameProperties GameSessionData GameSessionQueueArns Name NotificationTarget RequestTimeoutSeconds RuleSetArn RuleSetName Tags
        GameLift::MatchmakingRuleSet Arn CreationTime Name RuleSetBody Tags
        GameLift::Script Arn CreationTime Id SizeOnDisk
        GameLiftStreams::Application Arn Id
        GameLiftStreams::StreamGroup Arn Id
        GammaDilithium::JobDefinition Id
        GlobalAccelerator::Accelerator AcceleratorArn DnsName DualStackDnsName Ipv4Addresses Ipv6Addresses
        GlobalAccelerator::CrossAccountAttachment AttachmentArn
        GlobalAccelerator::EndpointGroup EndpointGroupArn
        GlobalAccelerator::Listener ListenerArn
        Glue::Catalog CatalogId CatalogProperties.CustomProperties CatalogProperties.DataLakeAccessProperties.ManagedWorkgroupName CatalogProperties.DataLakeAccessProperties.ManagedWorkgroupStatus CatalogProperties.DataLakeAccessProperties.RedshiftDatabaseName CreateDatabaseDefaultPermissions.*.Permissions CreateDatabaseDefaultPermissions.*.Principal CreateDatabaseDefaultPermissions.*.Principal.DataLakePrincipalIdentifier CreateTableDefaultPermissions.*.Permissions CreateTableDefaultPermissions.*.Principal CreateTableDefaultPermissions.*.Principal.DataLakePrincipalIdentifier CreateTime ResourceArn UpdateTime
        Glue::Classifier Id
        Glue::Connection Id
        Glue::Crawler Id
        Glue::CustomEntityType Id
        Glue::DataCatalogEncryptionSettings Id
        Glue::DataQualityRuleset Id
        Glue::Database Id
        Glue::DevEndpoint Id
        Glue::IdentityCenterConfiguration AccountId ApplicationArn
        Glue::Integration CreateTime IntegrationArn Status
        Glue::IntegrationResourceProperty ResourcePropertyArn
        Glue::Job Id
        Glue::MLTransform Id
        Glue::Partition Id
        Glue::Registry Arn
        Glue::Schema Arn InitialSchemaVersionId
        Glue::SchemaVersion VersionId
        Glue::SchemaVersionMetadata
        Glue::SecurityConfiguration Id
        Glue::Table Id
        Glue::TableOptimizer Id
        Glue::Trigger Id
        Glue::UsageProfile CreatedOn
        Glue::Workflow Id
        Grafana::Workspace AccountAccessType AuthenticationProviders ClientToken CreationTimestamp DataSources Description Endpoint GrafanaVersion Id ModificationTimestamp Name NetworkAccessControl.PrefixListIds NetworkAccessControl.VpceIds NotificationDestinations OrganizationRoleName OrganizationalUnits PermissionType PluginAdminEnabled RoleArn SamlConfiguration.AllowedOrganizations SamlConfiguration.AssertionAttributes.Email SamlConfiguration.AssertionAttributes.Groups SamlConfiguration.AssertionAttributes.Login SamlConfiguration.AssertionAttributes.Name SamlConfiguration.AssertionAttributes.Org SamlConfiguration.AssertionAttributes.Role SamlConfiguration.IdpMetadata.Url SamlConfiguration.IdpMetadata.Xml SamlConfiguration.LoginValidityDuration SamlConfiguration.RoleValues.Admin SamlConfiguration.RoleValues.Editor SamlConfigurationStatus SsoClientId StackSetName Status VpcConfiguration.SecurityGroupIds VpcConfiguration.SubnetIds
        Greengrass::ConnectorDefinition Arn Id InitialVersion.Connectors LatestVersionArn Name
        Greengrass::ConnectorDefinitionVersion Id
        Greengrass::CoreDefinition Arn Id InitialVersion.Cores LatestVersionArn Name
        Greengrass::CoreDefinitionVersion Id
        Greengrass::DeviceDefinition Arn Id InitialVersion.Devices LatestVersionArn Name
        Greengrass::DeviceDefinitionVersion Id
        Greengrass::FunctionDefinition Arn Id InitialVersion.DefaultConfig.Execution.IsolationMode InitialVersion.DefaultConfig.Execution.RunAs.Gid InitialVersion.DefaultConfig.Execution.RunAs.Uid InitialVersion.Functions LatestVersionArn Name
        Greengrass::FunctionDefinitionVersion Id
        Greengrass::Group Arn Id InitialVersion.ConnectorDefinitionVersionArn InitialVersion.CoreDefinitionVersionArn InitialVersion.DeviceDefinitionVersionArn InitialVersion.FunctionDefinitionVersionArn InitialVersion.LoggerDefinitionVersionArn InitialVersion.ResourceDefinitionVersionArn InitialVersion.SubscriptionDefinitionVersionArn LatestVersionArn Name RoleArn RoleAttachedAt
        Greengrass::GroupVersion Id
        Greengrass::LoggerDefinition Arn Id InitialVersion.Loggers LatestVersionArn Name
        Greengrass::LoggerDefinitionVersion Id
        Greengrass::ResourceDefinition Arn Id InitialVersion.Resources LatestVersionArn Name
        Greengrass::ResourceDefinitionVersion Id
        Greengrass::SubscriptionDefinition Arn Id InitialVersion.Subscriptions LatestVersionArn Name
        Greengrass::SubscriptionDefinitionVersion Id
        GreengrassV2::ComponentVersion Arn ComponentName ComponentVersion
        GreengrassV2::Deployment DeploymentId
        GroundStation::Config Arn Id Type
        GroundStation::DataflowEndpointGroup Arn Id
        GroundStation::DataflowEndpointGroupV2 Arn EndpointDetails Id
        GroundStation::MissionProfile Arn Id Region
        GuardDuty::Detector Id
        GuardDuty::Filter
        GuardDuty::IPSet Id
        GuardDuty::MalwareProtectionPlan Arn CreatedAt MalwareProtectionPlanId Status StatusReasons
        GuardDuty::Master
        GuardDuty::Member
        GuardDuty::PublishingDestination Id PublishingFailureStartTimestamp Status
        GuardDuty::ThreatEntitySet CreatedAt ErrorDetails Id Status UpdatedAt
        GuardDuty::ThreatIntelSet Id
        GuardDuty::TrustedEntitySet CreatedAt ErrorDetails Id Status UpdatedAt
        HealthImaging::Datastore CreatedAt DatastoreArn DatastoreId DatastoreStatus UpdatedAt
        HealthLake::FHIRDatastore CreatedAt DatastoreArn DatastoreEndpoint DatastoreId DatastoreStatus
        IAM::AccessKey Id SecretAccessKey
        IAM::Group Arn
        IAM::GroupPolicy
        IAM::InstanceProfile Arn
        IAM::ManagedPolicy AttachmentCount CreateDate DefaultVersionId IsAttachable PermissionsBoundaryUsageCount PolicyArn PolicyId UpdateDate
        IAM::OIDCProvider Arn
        IAM::Policy Id
        IAM::Role Arn RoleId
        IAM::RolePolicy
        IAM::SAMLProvider Arn SamlProviderUUID
        IAM::ServerCertificate Arn
        IAM::ServiceLinkedRole RoleName
        IAM::User Arn
        IAM::UserPolicy
        IAM::UserToGroupAddition Id
        IAM::VirtualMFADevice SerialNumber
        IVS::Channel Arn IngestEndpoint PlaybackUrl
        IVS::EncoderConfiguration Arn
        IVS::IngestConfiguration Arn ParticipantId State StreamKey
        IVS::PlaybackKeyPair Arn Fingerprint
        IVS::PlaybackRestrictionPolicy Arn
        IVS::PublicKey Arn Fingerprint
        IVS::RecordingConfiguration Arn State
        IVS::Stage ActiveSessionId Arn
        IVS::StorageConfiguration Arn
        IVS::StreamKey Arn Value
        IVSChat::LoggingConfiguration Arn Id State
        IVSChat::Room Arn Id
        IdentityStore::Group GroupId
        IdentityStore::GroupMembership MembershipId
        ImageBuilder::Component Arn ChangeDescription Data Description Encrypted KmsKeyId LatestVersion.Arn LatestVersion.Major LatestVersion.Minor LatestVersion.Patch Name Platform SupportedOsVersions Type Uri Version
        ImageBuilder::ContainerRecipe Arn Components ContainerType Description DockerfileTemplateData DockerfileTemplateUri ImageOsVersionOverride InstanceConfiguration.BlockDeviceMappings InstanceConfiguration.Image KmsKeyId LatestVersion.Arn LatestVersion.Major LatestVersion.Minor LatestVersion.Patch Name ParentImage PlatformOverride TargetRepository.RepositoryName TargetRepository.Service Version WorkingDirectory
        ImageBuilder::DistributionConfiguration Arn Description Distributions Name
        ImageBuilder::Image Arn ImageId ImageUri LatestVersion LatestVersion.Arn LatestVersion.Major LatestVersion.Minor LatestVersion.Patch Name
        ImageBuilder::ImagePipeline Arn ContainerRecipeArn DeploymentId Description DistributionConfigurationArn EnhancedImageMetadataEnabled ExecutionRole ImageRecipeArn ImageScanningConfiguration.EcrConfiguration.ContainerTags ImageScanningConfiguration.EcrConfiguration.RepositoryName ImageScanningConfiguration.ImageScanningEnabled ImageTestsConfiguration.ImageTestsEnabled ImageTestsConfiguration.TimeoutMinutes InfrastructureConfigurationArn LoggingConfiguration.ImageLogGroupName LoggingConfiguration.PipelineLogGroupName Name Schedule.AutoDisablePolicy.FailureCount Schedule.PipelineExecutionStartCondition Schedule.ScheduleExpression Status Workflows
        ImageBuilder::ImageRecipe AdditionalInstanceConfiguration.SystemsManagerAgent.UninstallAfterBuild AdditionalInstanceConfiguration.UserDataOverride Arn BlockDeviceMappings Components Description LatestVersion.Arn LatestVersion.Major LatestVersion.Minor LatestVersion.Patch Name ParentImage Version WorkingDirectory
        ImageBuilder::InfrastructureConfiguration Arn Description InstanceMetadataOptions.HttpPutResponseHopLimit InstanceMetadataOptions.HttpTokens InstanceProfileName InstanceTypes KeyPair Logging.S3Logs.S3BucketName Logging.S3Logs.S3KeyPrefix Name Placement.AvailabilityZone Placement.HostId Placement.HostResourceGroupArn Placement.Tenancy SecurityGroupIds SnsTopicArn SubnetId TerminateInstanceOnFailure
        ImageBuilder::LifecyclePolicy Arn
        ImageBuilder::Workflow Arn LatestVersion LatestVersion.Arn LatestVersion.Major LatestVersion.Minor LatestVersion.Patch
        Inspector::AssessmentTarget Arn Id
        Inspector::AssessmentTemplate Arn Id
        Inspector::ResourceGroup Arn Id
        InspectorV2::CisScanConfiguration Arn
        InspectorV2::CodeSecurityIntegration Arn AuthorizationUrl CreatedAt LastUpdatedAt Status StatusReason
        InspectorV2::CodeSecurityScanConfiguration Arn
        InspectorV2::Filter Arn
        Interconnect::Connection Arn BillingTier ConnectionId OwnerAccount Provider SharedId State Type
        InternetMonitor::Monitor CreatedAt ModifiedAt MonitorArn ProcessingStatus ProcessingStatusInfo
        Invoicing::InvoiceUnit InvoiceUnitArn LastModified
        IoT::AccountAuditConfiguration
        IoT::Authorizer Arn
        IoT::BillingGroup Arn Id
        IoT::CACertificate Arn Id
        IoT::Certificate Arn Id
        IoT::CertificateProvider Arn
        IoT::Command CommandArn
        IoT::CustomMetric MetricArn
        IoT::Dimension Arn
        IoT::DomainConfiguration Arn DomainType ServerCertificates
        IoT::EncryptionConfiguration AccountId ConfigurationDetails LastModifiedDate
        IoT::FleetMetric CreationDate LastModifiedDate MetricArn Version
        IoT::JobTemplate Arn
        IoT::Logging
        IoT::MitigationAction MitigationActionArn MitigationActionId
        IoT::Policy Arn Id
        IoT::PolicyPrincipalAttachment Id
        IoT::ProvisioningTemplate TemplateArn
        IoT::ResourceSpecificLogging TargetId
        IoT::RoleAlias RoleAliasArn
        IoT::ScheduledAudit ScheduledAuditArn
        IoT::SecurityProfile SecurityProfileArn
        IoT::SoftwarePackage PackageArn
        IoT::SoftwarePackageVersion ErrorReason PackageVersionArn SbomValidationStatus Status
        IoT::Thing Arn Id
        IoT::ThingGroup Arn Id
        IoT::ThingPrincipalAttachment Id
        IoT::ThingType Arn Id
        IoT::TopicRule Arn Id
        IoT::TopicRuleDestination Arn StatusReason
        IoTAnalytics::Channel Id
        IoTAnalytics::Dataset Id
        IoTAnalytics::Datastore Id
        IoTAnalytics::Pipeline Id
        IoTCoreDeviceAdvisor::SuiteDefinition SuiteDefinitionArn SuiteDefinitionId SuiteDefinitionVersion
        IoTEvents::AlarmModel
        IoTEvents::DetectorModel
        IoTEvents::Input
        IoTFleetWise::Campaign Arn CreationTime LastModificationTime Status
        IoTFleetWise::DecoderManifest Arn CreationTime LastModificationTime
        IoTFleetWise::Fleet Arn CreationTime LastModificationTime
        IoTFleetWise::ModelManifest Arn CreationTime LastModificationTime
        IoTFleetWise::SignalCatalog Arn CreationTime LastModificationTime NodeCounts.TotalActuators NodeCounts.TotalAttributes NodeCounts.TotalBranches NodeCounts.TotalNodes NodeCounts.TotalSensors
        IoTFleetWise::StateTemplate Arn CreationTime Id LastModificationTime
        IoTFleetWise::Vehicle Arn CreationTime LastModificationTime
        IoTManagedIntegrations::CredentialLocker Arn CreatedAt Id Identifier
        IoTManagedIntegrations::ManagedThing ActivatedAt AdvertisedProductId Arn CertificatePem ConnectorDeviceId ConnectorPolicyId CreatedAt DeviceSpecificKey HubNetworkMode Id Identifier InternationalArticleNumber MacAddress ParentControllerId ProvisioningStatus UniversalProductCode UpdatedAt
        IoTManagedIntegrations::ProvisioningProfile Arn ClaimCertificate Id Identifier
        IoTSiteWise::AccessPolicy AccessPolicyArn AccessPolicyId
        IoTSiteWise::Asset AssetArn AssetHierarchies.*.Id AssetId AssetProperties.*.Id
        IoTSiteWise::AssetModel AssetModelArn AssetModelCompositeModels.*.CompositeModelProperties.*.Id AssetModelCompositeModels.*.CompositeModelProperties.*.Type.Metric.Variables.*.Value.PropertyId AssetModelCompositeModels.*.CompositeModelProperties.*.Type.Transform.Variables.*.Value.PropertyId AssetModelCompositeModels.*.Id AssetModelHierarchies.*.Id AssetModelId AssetModelProperties.*.Id AssetModelProperties.*.Type.Metric.Variables.*.Value.PropertyId AssetModelProperties.*.Type.Transform.Variables.*.Value.PropertyId
        IoTSiteWise::ComputationModel ComputationModelArn ComputationModelId
        IoTSiteWise::Dashboard DashboardArn DashboardId
        IoTSiteWise::Dataset DatasetArn DatasetId
        IoTSiteWise::Gateway GatewayId
        IoTSiteWise::Portal PortalArn PortalClientId PortalId PortalStartUrl
        IoTSiteWise::Project ProjectArn ProjectId
        IoTThingsGraph::FlowTemplate Id
        IoTTwinMaker::ComponentType Arn CreationDateTime IsAbstract IsSchemaInitialized Status UpdateDateTime
        IoTTwinMaker::Entity Arn CreationDateTime HasChildEntities Status UpdateDateTime
        IoTTwinMaker::Scene Arn CreationDateTime GeneratedSceneMetadata UpdateDateTime
        IoTTwinMaker::SyncJob Arn CreationDateTime State UpdateDateTime
        IoTTwinMaker::Workspace Arn CreationDateTime UpdateDateTime
        IoTWireless::Destination Arn
        IoTWireless::DeviceProfile Arn Id
        IoTWireless::FuotaTask Arn FuotaTaskStatus Id LoRaWAN.StartTime
        IoTWireless::MulticastGroup Arn Id LoRaWAN.NumberOfDevicesInGroup LoRaWAN.NumberOfDevicesRequested Status
        IoTWireless::NetworkAnalyzerConfiguration Arn
        IoTWireless::PartnerAccount Arn Fingerprint
        IoTWireless::ServiceProfile Arn Id LoRaWAN.ChannelMask LoRaWAN.DevStatusReqFreq LoRaWAN.DlBucketSize LoRaWAN.DlRate LoRaWAN.DlRatePolicy LoRaWAN.DrMax LoRaWAN.DrMin LoRaWAN.HrAllowed LoRaWAN.MinGwDiversity LoRaWAN.NwkGeoLoc LoRaWAN.ReportDevStatusBattery LoRaWAN.ReportDevStatusMargin LoRaWAN.TargetPer LoRaWAN.UlBucketSize LoRaWAN.UlRate LoRaWAN.UlRatePolicy
        IoTWireless::TaskDefinition Arn Id
        IoTWireless::WirelessDevice Arn Id ThingName
        IoTWireless::WirelessDeviceImportTask Arn CreationDate FailedImportedDevicesCount Id InitializedImportedDevicesCount OnboardedImportedDevicesCount PendingImportedDevicesCount Sidewalk.DeviceCreationFileList Status StatusReason
        IoTWireless::WirelessGateway Arn Id
        KMS::Alias
        KMS::Key Arn KeyId
        KMS::ReplicaKey Arn KeyId
        KafkaConnect::Connector ConnectorArn
        KafkaConnect::CustomPlugin CustomPluginArn FileDescription Revision
        KafkaConnect::WorkerConfiguration Revision WorkerConfigurationArn
        Kendra::DataSource Arn Id
        Kendra::Faq Arn Id
        Kendra::Index Arn Id
        KendraRanking::ExecutionPlan Arn Id
        Kinesis::ResourcePolicy
        Kinesis::Stream Arn WarmThroughputObject
        Kinesis::StreamConsumer ConsumerARN ConsumerCreationTimestamp ConsumerName ConsumerStatus StreamARN
        KinesisAnalytics::Application Id
        KinesisAnalytics::ApplicationOutput Id
        KinesisAnalytics::ApplicationReferenceDataSource Id
        KinesisAnalyticsV2::Application
        KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption Id
        KinesisAnalyticsV2::ApplicationOutput Id
        KinesisAnalyticsV2::ApplicationReferenceDataSource Id
        KinesisFirehose::DeliveryStream Arn
        KinesisVideo::SignalingChannel Arn
        KinesisVideo::Stream Arn
        LakeFormation::DataCellsFilter
        LakeFormation::DataLakeSettings Id
        LakeFormation::Permissions Id
        LakeFormation::PrincipalPermissions PrincipalIdentifier ResourceIdentifier
        LakeFormation::Resource Id
        LakeFormation::Tag
        LakeFormation::TagAssociation ResourceIdentifier TagsIdentifier
        Lambda::Alias AliasArn
        Lambda::CapacityProvider Arn State
        Lambda::CodeSigningConfig CodeSigningConfigArn CodeSigningConfigId
        Lambda::EventInvokeConfig
        Lambda::EventSourceMapping EventSourceMappingArn Id
        Lambda::Function Arn SnapStartResponse SnapStartResponse.ApplyOn SnapStartResponse.OptimizationStatus
        Lambda::LayerVersion LayerVersionArn
        Lambda::LayerVersionPermission Id
        Lambda::Permission Id
        Lambda::ResourcePolicy
        Lambda::Url FunctionArn FunctionUrl
        Lambda::Version FunctionArn Version
        LaunchWizard::Deployment Arn CreatedAt DeletedAt DeploymentId ResourceGroup Status
        Lex::Bot Arn Id
        Lex::BotAlias Arn BotAliasId BotAliasStatus
        Lex::BotVersion BotVersion
        Lex::ResourcePolicy Id RevisionId
        LicenseManager::Grant GrantArn Version
        LicenseManager::License LicenseArn Version
        Lightsail::Alarm AlarmArn State
        Lightsail::Bucket AbleToUpdateBundle BucketArn Url
        Lightsail::Certificate CertificateArn Status
        Lightsail::Container ContainerArn PrincipalArn PrivateRegistryAccess.EcrImagePullerRole.PrincipalArn Url
        Lightsail::Database DatabaseArn
        Lightsail::DatabaseSnapshot Arn CreatedAt Engine EngineVersion FromRelationalDatabaseArn FromRelationalDatabaseBlueprintId FromRelationalDatabaseBundleId FromRelationalDatabaseName Location Name ResourceType SizeInGb State SupportCode
        Lightsail::Disk AttachedTo AttachmentState DiskArn Iops IsAttached Location.AvailabilityZone Location.RegionName Path ResourceType State SupportCode
        Lightsail::DiskSnapshot CreatedAt DiskSnapshotArn FromDiskName IsFromAutoSnapshot Location Progress ResourceType SizeInGb State SupportCode
        Lightsail::Distribution AbleToUpdateBundle DistributionArn Status
        Lightsail::Domain Arn CreatedAt DomainEntries.*.Id Location ResourceType SupportCode
        Lightsail::Instance Hardware.CpuCount Hardware.RamSizeInGb InstanceArn Ipv6Addresses IsStaticIp Location.AvailabilityZone Location.RegionName Networking.MonthlyTransfer.GbPerMonthAllocated PrivateIpAddress PublicIpAddress ResourceType SshKeyName State.Code State.Name SupportCode UserName
        Lightsail::InstanceSnapshot Arn FromInstanceArn FromInstanceName IsFromAutoSnapshot Location ResourceType SizeInGb State SupportCode
        Lightsail::LoadBalancer LoadBalancerArn
        Lightsail::LoadBalancerTlsCertificate LoadBalancerTlsCertificateArn Status
        Lightsail::StaticIp IpAddress IsAttached StaticIpArn
        Location::APIKey Arn CreateTime KeyArn UpdateTime
        Location::GeofenceCollection Arn CollectionArn CreateTime UpdateTime
        Location::Map Arn CreateTime MapArn UpdateTime
        Location::PlaceIndex Arn CreateTime IndexArn UpdateTime
        Location::RouteCalculator Arn CalculatorArn CreateTime UpdateTime
        Location::Tracker Arn CreateTime TrackerArn UpdateTime
        Location::TrackerConsumer
        Logs::AccountPolicy AccountId
        Logs::Delivery Arn DeliveryDestinationType DeliveryId
        Logs::DeliveryDestination Arn
        Logs::DeliverySource Arn ResourceArns Service
        Logs::Destination Arn
        Logs::Integration IntegrationStatus
        Logs::LogAnomalyDetector AnomalyDetectorArn AnomalyDetectorStatus CreationTimeStamp LastModifiedTimeStamp
        Logs::LogGroup Arn
        Logs::LogStream
        Logs::MetricFilter
        Logs::QueryDefinition QueryDefinitionId
        Logs::ResourcePolicy
        Logs::ScheduledQuery CreationTime LastExecutionStatus LastTriggeredTime LastUpdatedTime ScheduledQueryArn
        Logs::SubscriptionFilter
        Logs::Transformer
        LookoutEquipment::InferenceScheduler InferenceSchedulerArn
        LookoutVision::Project Arn
        M2::Application ApplicationArn ApplicationId
        M2::Deployment DeploymentId Status
        M2::Environment EnvironmentArn EnvironmentId
        MPA::ApprovalTeam Approvers.*.ApproverId Approvers.*.PrimaryIdentityStatus Approvers.*.ResponseTime Arn CreationTime LastUpdateTime NumberOfApprovers Status StatusCode StatusMessage UpdateSessionArn VersionId
        MPA::IdentitySource CreationTime IdentitySourceArn IdentitySourceParameters.IamIdentityCenter.ApprovalPortalUrl IdentitySourceType Status StatusCode StatusMessage
        MSK::BatchScramSecret
        MSK::Cluster Arn CurrentVersion
        MSK::ClusterPolicy CurrentVersion
        MSK::Configuration Arn LatestRevision.CreationTime LatestRevision.Description LatestRevision.Revision
        MSK::Replicator CurrentVersion ReplicatorArn
        MSK::ServerlessCluster Arn
        MSK::Topic TopicArn
        MSK::VpcConnection Arn
        MWAA::Environment Arn CeleryExecutorQueue DatabaseVpcEndpointService LoggingConfiguration.DagProcessingLogs.CloudWatchLogGroupArn LoggingConfiguration.SchedulerLogs.CloudWatchLogGroupArn LoggingConfiguration.TaskLogs.CloudWatchLogGroupArn LoggingConfiguration.WebserverLogs.CloudWatchLogGroupArn LoggingConfiguration.WorkerLogs.CloudWatchLogGroupArn WebserverUrl WebserverVpcEndpointService
        MWAAServerless::Workflow CreatedAt ModifiedAt ScheduleConfiguration WorkflowArn WorkflowStatus WorkflowVersion
        Macie::AllowList Arn Id Status
        Macie::CustomDataIdentifier Arn Id
        Macie::FindingsFilter Arn Id
        Macie::Session AutomatedDiscoveryStatus AwsAccountId ServiceRole
        ManagedBlockchain::Accessor Arn BillingToken CreationDate Id Status
        ManagedBlockchain::Member MemberId NetworkId
        ManagedBlockchain::Node Arn MemberId NetworkId NodeConfiguration.AvailabilityZone NodeConfiguration.InstanceType NodeId
        MediaConnect::Bridge BridgeArn BridgeState
        MediaConnect::BridgeOutput
        MediaConnect::BridgeSource
        MediaConnect::Flow EgressIp FlowArn FlowAvailabilityZone FlowNdiMachineName MediaStreams.*.Fmt Source.IngestIp Source.SourceArn Source.SourceIngestPort VpcInterfaces.*.NetworkInterfaceIds
        MediaConnect::FlowEntitlement EntitlementArn
        MediaConnect::FlowOutput OutputArn
        MediaConnect::FlowSource IngestIp SourceArn SourceIngestPort
        MediaConnect::FlowVpcInterface NetworkInterfaceIds
        MediaConnect::Gateway GatewayArn GatewayState
        MediaConnect::RouterInput Arn CreatedAt Id InputType IpAddress MaintenanceType RoutedOutputs State UpdatedAt
        MediaConnect::RouterNetworkInterface Arn AssociatedInputCount AssociatedOutputCount CreatedAt Id NetworkInterfaceType State UpdatedAt
        MediaConnect::RouterOutput Arn CreatedAt Id IpAddress MaintenanceType OutputType RoutedState State UpdatedAt
        MediaConvert::JobTemplate Arn Id Name
        MediaConvert::Preset Arn Id Name
        MediaConvert::Queue Arn Id Name
        MediaLive::Channel Arn Id Inputs
        MediaLive::ChannelPlacementGroup Arn Channels Id State
        MediaLive::CloudWatchAlarmTemplate Arn CreatedAt GroupId Id Identifier ModifiedAt
        MediaLive::CloudWatchAlarmTemplateGroup Arn CreatedAt Id Identifier ModifiedAt
        MediaLive::Cluster Arn ChannelIds Id State
        MediaLive::EventBridgeRuleTemplate Arn CreatedAt GroupId Id Identifier ModifiedAt
        MediaLive::EventBridgeRuleTemplateGroup Arn CreatedAt Id Identifier ModifiedAt
        MediaLive::Input Arn Destinations Id Sources
        MediaLive::InputSecurityGroup Arn Id
        MediaLive::Multiplex Arn Id PipelinesRunningCount ProgramCount State
        MediaLive::Multiplexprogram ChannelId
        MediaLive::Network Arn AssociatedClusterIds Id State
        MediaLive::SdiSource Arn Id Inputs State
        MediaLive::SignalMap Arn CloudWatchAlarmTemplateGroupIds CreatedAt ErrorMessage EventBridgeRuleTemplateGroupIds FailedMediaResourceMap Id Identifier LastDiscoveredAt LastSuccessfulMonitorDeployment MediaResourceMap ModifiedAt MonitorChangesPendingDeployment MonitorDeployment Status
        MediaPackage::Asset Arn CreatedAt EgressEndpoints.*.PackagingConfigurationId EgressEndpoints.*.Url
        MediaPackage::Channel Arn HlsIngest.ingestEndpoints.*.Id HlsIngest.ingestEndpoints.*.Password HlsIngest.ingestEndpoints.*.Url HlsIngest.ingestEndpoints.*.Username
        MediaPackage::OriginEndpoint Arn Url
        MediaPackage::PackagingConfiguration Arn
        MediaPackage::PackagingGroup Arn DomainName
        MediaPackageV2::Channel Arn CreatedAt IngestEndpointUrls IngestEndpoints ModifiedAt
        MediaPackageV2::ChannelGroup Arn CreatedAt EgressDomain ModifiedAt
        MediaPackageV2::ChannelPolicy
        MediaPackageV2::OriginEndpoint Arn CreatedAt DashManifestUrls HlsManifestUrls HlsManifests.*.Url LowLatencyHlsManifestUrls LowLatencyHlsManifests.*.Url ModifiedAt MssManifestUrls
        MediaPackageV2::OriginEndpointPolicy
        MediaStore::Container Endpoint Id
        MediaTailor::Channel Arn
        MediaTailor::ChannelPolicy
        MediaTailor::LiveSource Arn
        MediaTailor::PlaybackConfiguration DashConfiguration.ManifestEndpointPrefix HlsConfiguration.ManifestEndpointPrefix PlaybackConfigurationArn PlaybackEndpointPrefix SessionInitializationEndpointPrefix
        MediaTailor::SourceLocation Arn
        MediaTailor::VodSource Arn
        MemoryDB::ACL Arn Status
        MemoryDB::Cluster ARN ClusterEndpoint.Address ClusterEndpoint.Port ParameterGroupStatus Status
        MemoryDB::MultiRegionCluster ARN MultiRegionClusterName Status
        MemoryDB::ParameterGroup ARN
        MemoryDB::SubnetGroup ARN SupportedNetworkTypes
        MemoryDB::User Arn Status
        Neptune::DBCluster AssociatedRoles AvailabilityZones BackupRetentionPeriod ClusterResourceId CopyTagsToSnapshot DBClusterIdentifier DBClusterParameterGroupName DBInstanceParameterGroupName DBPort DBSubnetGroupName DeletionProtection EnableCloudwatchLogsExports Endpoint EngineVersion IamAuthEnabled KmsKeyId Port PreferredBackupWindow PreferredMaintenanceWindow ReadEndpoint RestoreToTime RestoreType ServerlessScalingConfiguration.MaxCapacity ServerlessScalingConfiguration.MinCapacity SnapshotIdentifier SourceDBClusterIdentifier StorageEncrypted Tags UseLatestRestorableTime VpcSecurityGroupIds
        Neptune::DBClusterParameterGroup
        Neptune::DBInstance Endpoint Port
        Neptune::DBParameterGroup
        Neptune::DBSubnetGroup
        Neptune::EventSubscription
        NeptuneGraph::Graph Endpoint GraphArn GraphId
        NeptuneGraph::GraphSnapshot Arn Id KmsKeyIdentifier SnapshotCreateTime Status
        NeptuneGraph::PrivateGraphEndpoint PrivateGraphEndpointIdentifier VpcEndpointId
        NetworkFirewall::Firewall EndpointIds FirewallArn FirewallId TransitGatewayAttachmentId
        NetworkFirewall::FirewallPolicy FirewallPolicyArn FirewallPolicyId
        NetworkFirewall::LoggingConfiguration
        NetworkFirewall::RuleGroup RuleGroupArn RuleGroupId
        NetworkFirewall::TLSInspectionConfiguration TLSInspectionConfigurationArn TLSInspectionConfigurationId
        NetworkFirewall::VpcEndpointAssociation EndpointId VpcEndpointAssociationArn VpcEndpointAssociationId
        NetworkManager::ConnectAttachment AttachmentId AttachmentPolicyRuleNumber AttachmentType CoreNetworkArn CreatedAt LastModificationErrors OwnerAccountId ProposedSegmentChange ResourceArn SegmentName State UpdatedAt
        NetworkManager::ConnectPeer Configuration ConnectPeerId CoreNetworkId CreatedAt EdgeLocation LastModificationErrors State
        NetworkManager::CoreNetwork CoreNetworkArn CoreNetworkId CreatedAt Edges NetworkFunctionGroups OwnerAccount Segments State
        NetworkManager::CoreNetworkPrefixListAssociation
        NetworkManager::CustomerGatewayAssociation
        NetworkManager::Device CreatedAt DeviceArn DeviceId State
        NetworkManager::DirectConnectGatewayAttachment AttachmentId AttachmentPolicyRuleNumber AttachmentType CoreNetworkArn CreatedAt LastModificationErrors NetworkFunctionGroupName OwnerAccountId ResourceArn SegmentName State UpdatedAt
        NetworkManager::GlobalNetwork Arn Id
        NetworkManager::Link CreatedAt LinkArn LinkId State
        NetworkManager::LinkAssociation
        NetworkManager::Site CreatedAt SiteArn SiteId State
        NetworkManager::SiteToSiteVpnAttachment AttachmentId AttachmentPolicyRuleNumber AttachmentType CoreNetworkArn CreatedAt EdgeLocation LastModificationErrors OwnerAccountId ProposedSegmentChange ResourceArn SegmentName State UpdatedAt
        NetworkManager::TransitGatewayPeering CoreNetworkArn CreatedAt EdgeLocation LastModificationErrors OwnerAccountId PeeringId PeeringType ResourceArn State TransitGatewayPeeringAttachmentId
        NetworkManager::TransitGatewayRegistration
        NetworkManager::TransitGatewayRouteTableAttachment AttachmentId AttachmentPolicyRuleNumber AttachmentType CoreNetworkArn CoreNetworkId CreatedAt EdgeLocation LastModificationErrors OwnerAccountId ResourceArn SegmentName State UpdatedAt
        NetworkManager::VpcAttachment AttachmentId AttachmentPolicyRuleNumber AttachmentType CoreNetworkArn CreatedAt EdgeLocation LastModificationErrors NetworkFunctionGroupName OwnerAccountId ProposedSegmentChange ResourceArn SegmentName State UpdatedAt
        NimbleStudio::Studio HomeRegion SsoClientId StudioId StudioUrl
        Notifications::ChannelAssociation
        Notifications::EventRule Arn CreationTime ManagedRules StatusSummaryByRegion
        Notifications::ManagedNotificationAccountContactAssociation
        Notifications::ManagedNotificationAdditionalChannelAssociation
        Notifications::NotificationConfiguration Arn CreationTime Status
        Notifications::NotificationHub CreationTime NotificationHubStatusSummary
        Notifications::OrganizationalUnitAssociation
        NotificationsContacts::EmailContact Arn EmailContact EmailContact.Address EmailContact.Arn EmailContact.CreationTime EmailContact.Name EmailContact.Status EmailContact.UpdateTime
        NovaAct::WorkflowDefinition Arn CreatedAt Status
        ODB::CloudAutonomousVmCluster AutonomousDataStoragePercentage AvailableAutonomousDataStorageSizeInTBs AvailableContainerDatabases AvailableCpus CloudAutonomousVmClusterArn CloudAutonomousVmClusterId ComputeModel CpuCoreCount CpuPercentage DataStorageSizeInGBs DataStorageSizeInTBs DbNodeStorageSizeInGBs Domain ExadataStorageInTBsLowestScaledValue Hostname IamRoles.*.Status MaxAcdsLowestScaledValue MemorySizeInGBs NodeCount NonProvisionableAutonomousContainerDatabases OciResourceAnchorName OciUrl Ocid ProvisionableAutonomousContainerDatabases ProvisionedAutonomousContainerDatabases ProvisionedCpus ReclaimableCpus ReservedCpus Shape
        ODB::CloudExadataInfrastructure ActivatedStorageCount AdditionalStorageCount AvailableStorageSizeInGBs CloudExadataInfrastructureArn CloudExadataInfrastructureId ComputeModel CpuCount DataStorageSizeInTBs DbNodeStorageSizeInGBs DbServerIds DbServerVersion MaxCpuCount MaxDataStorageInTBs MaxDbNodeStorageSizeInGBs MaxMemoryInGBs MemorySizeInGBs OciResourceAnchorName OciUrl Ocid StorageServerVersion TotalStorageSizeInGBs
        ODB::CloudVmCluster CloudVmClusterArn CloudVmClusterId ComputeModel DbNodes.*.BackupIpId DbNodes.*.BackupVnic2Id DbNodes.*.CpuCoreCount DbNodes.*.DbNodeArn DbNodes.*.DbNodeId DbNodes.*.DbNodeStorageSizeInGBs DbNodes.*.DbSystemId DbNodes.*.HostIpId DbNodes.*.Hostname DbNodes.*.MemorySizeInGBs DbNodes.*.Ocid DbNodes.*.Status DbNodes.*.Vnic2Id DbNodes.*.VnicId DiskRedundancy Domain IamRoles.*.Status ListenerPort NodeCount OciResourceAnchorName OciUrl Ocid ScanDnsName ScanIpIds Shape StorageSizeInGBs VipIds
        ODB::OdbNetwork Ec2PlacementGroupIds ManagedServices OciNetworkAnchorId OciResourceAnchorName OciVcnUrl OdbNetworkArn OdbNetworkId
        ODB::OdbPeeringConnection OdbNetworkArn OdbPeeringConnectionArn OdbPeeringConnectionId PeerNetworkArn PeerNetworkCidrs
        OSIS::Pipeline IngestEndpointUrls PipelineArn VpcEndpointService VpcEndpoints
        Oam::Link Arn Label
        Oam::Sink Arn
        ObservabilityAdmin::OrganizationCentralizationRule RuleArn
        ObservabilityAdmin::OrganizationTelemetryRule RegionStatuses RuleArn
        ObservabilityAdmin::S3TableIntegration Arn LogSources.*.Identifier
        ObservabilityAdmin::TelemetryEnrichment Status
        ObservabilityAdmin::TelemetryPipelines Arn Pipeline PipelineIdentifier Status StatusReason
        ObservabilityAdmin::TelemetryRule RegionStatuses RuleArn
        Omics::AnnotationStore CreationTime Id Status StatusMessage StoreArn StoreSizeBytes UpdateTime
        Omics::Configuration Arn CreationTime Status Uuid
        Omics::ReferenceStore Arn CreationTime ReferenceStoreId
        Omics::RunGroup Arn CreationTime Id
        Omics::SequenceStore Arn CreationTime S3AccessPointArn S3Uri SequenceStoreId Status StatusMessage UpdateTime
        Omics::VariantStore CreationTime Id Status StatusMessage StoreArn StoreSizeBytes UpdateTime
        Omics::Workflow Arn CreationTime Id Status Type Uuid
        Omics::WorkflowVersion Arn CreationTime Status Type Uuid
        OpenSearchServerless::AccessPolicy
        OpenSearchServerless::Collection Arn CollectionEndpoint DashboardEndpoint FipsEndpoints Id KmsKeyArn
        OpenSearchServerless::CollectionGroup Arn Id
        OpenSearchServerless::Index Uuid
        OpenSearchServerless::LifecyclePolicy
        OpenSearchServerless::SecurityConfig IamIdentityCenterOptions.ApplicationArn IamIdentityCenterOptions.ApplicationDescription IamIdentityCenterOptions.ApplicationName Id
        OpenSearchServerless::SecurityPolicy
        OpenSearchServerless::VpcEndpoint Id
        OpenSearchService::Application Arn Id
        OpenSearchService::Domain AdvancedSecurityOptions.AnonymousAuthDisableDate Arn DomainArn DomainEndpoint DomainEndpointV2 DomainEndpoints Id IdentityCenterOptions.IdentityCenterApplicationARN IdentityCenterOptions.IdentityStoreId ServiceSoftwareOptions
        OpsWorks::App Id
        OpsWorks::ElasticLoadBalancerAttachment Id
        OpsWorks::Instance AvailabilityZone Id PrivateDnsName PrivateIp PublicDnsName PublicIp
        OpsWorks::Layer Id
        OpsWorks::Stack Id
        OpsWorks::UserProfile Id SshUsername
        OpsWorks::Volume Id
        Organizations::Account AccountId Arn JoinedMethod JoinedTimestamp Paths State Status
        Organizations::Organization Arn Id ManagementAccountArn ManagementAccountEmail ManagementAccountId RootId
        Organizations::OrganizationalUnit Arn Id Path
        Organizations::Policy Arn AwsManaged Id
        Organizations::ResourcePolicy Arn Id
        PCAConnectorAD::Connector ConnectorArn
        PCAConnectorAD::DirectoryRegistration DirectoryRegistrationArn
        PCAConnectorAD::ServicePrincipalName
        PCAConnectorAD::Template TemplateArn
        PCAConnectorAD::TemplateGroupAccessControlEntry
        PCAConnectorSCEP::Challenge ChallengeArn
        PCAConnectorSCEP::Connector ConnectorArn Endpoint OpenIdConfiguration Type
        PCS::Cluster Arn Endpoints ErrorInfo Id Status
        PCS::ComputeNodeGroup Arn ErrorInfo Id Status
        PCS::Queue Arn ErrorInfo Id Status
        Panorama::ApplicationInstance ApplicationInstanceId Arn CreatedTime DefaultRuntimeContextDeviceName HealthStatus LastUpdatedTime Status StatusDescription
        Panorama::Package Arn CreatedTime PackageId StorageLocation.BinaryPrefixLocation StorageLocation.Bucket StorageLocation.GeneratedPrefixLocation StorageLocation.ManifestPrefixLocation StorageLocation.RepoPrefixLocation
        Panorama::PackageVersion IsLatestPatch PackageArn PackageName RegisteredTime Status StatusDescription
        PaymentCryptography::Alias
        PaymentCryptography::Key KeyIdentifier KeyOrigin KeyState ReplicationStatus
        Personalize::Dataset DatasetArn
        Personalize::DatasetGroup DatasetGroupArn
        Personalize::Schema SchemaArn
        Personalize::Solution SolutionArn
        Pinpoint::ADMChannel Id
        Pinpoint::APNSChannel Id
        Pinpoint::APNSSandboxChannel Id
        Pinpoint::APNSVoipChannel Id
        Pinpoint::APNSVoipSandboxChannel Id
        Pinpoint::App Arn Id
        Pinpoint::ApplicationSettings Id
        Pinpoint::BaiduChannel Id
        Pinpoint::Campaign Arn CampaignId
        Pinpoint::EmailChannel Id
        Pinpoint::EmailTemplate Arn Id
        Pinpoint::EventStream Id
        Pinpoint::GCMChannel Id
        Pinpoint::InAppTemplate Arn
        Pinpoint::PushTemplate Arn Id
        Pinpoint::SMSChannel Id
        Pinpoint::Segment Arn SegmentId
        Pinpoint::SmsTemplate Arn Id
        Pinpoint::VoiceChannel Id
        PinpointEmail::ConfigurationSet Id
        PinpointEmail::ConfigurationSetEventDestination Id
        PinpointEmail::DedicatedIpPool Id
        PinpointEmail::Identity Id IdentityDNSRecordName1 IdentityDNSRecordName2 IdentityDNSRecordName3 IdentityDNSRecordValue1 IdentityDNSRecordValue2 IdentityDNSRecordValue3
        Pipes::Pipe Arn CreationTime CurrentState LastModifiedTime StateReason
        Proton::EnvironmentAccountConnection Arn Id Status
        Proton::EnvironmentTemplate Arn
        Proton::ServiceTemplate Arn
        QBusiness::Application ApplicationArn ApplicationId CreatedAt IdentityCenterApplicationArn Status UpdatedAt
        QBusiness::DataAccessor CreatedAt DataAccessorArn DataAccessorId IdcApplicationArn UpdatedAt
        QBusiness::DataSource CreatedAt DataSourceArn DataSourceId Status Type UpdatedAt
        QBusiness::Index CreatedAt IndexArn IndexId IndexStatistics Status UpdatedAt
        QBusiness::Permission
        QBusiness::Plugin BuildStatus CreatedAt PluginArn PluginId UpdatedAt
        QBusiness::Retriever CreatedAt RetrieverArn RetrieverId Status UpdatedAt
        QBusiness::WebExperience CreatedAt DefaultEndpoint Status UpdatedAt WebExperienceArn WebExperienceId
        QLDB::Ledger Id
        QLDB::Stream Arn Id
        QuickSight::ActionConnector Arn CreatedTime EnabledActions LastUpdatedTime Status
        QuickSight::Analysis Arn CreatedTime DataSetArns LastUpdatedTime
        QuickSight::CustomPermissions Arn
        QuickSight::Dashboard Arn CreatedTime LastPublishedTime LastUpdatedTime Version
        QuickSight::DataSet Arn ConsumedSpiceCapacityInBytes CreatedTime LastUpdatedTime OutputColumns
        QuickSight::DataSource Arn CreatedTime LastUpdatedTime Status
        QuickSight::Folder Arn CreatedTime LastUpdatedTime
        QuickSight::RefreshSchedule Arn
        QuickSight::Template Arn CreatedTime LastUpdatedTime Version
        QuickSight::Theme Arn CreatedTime LastUpdatedTime Type Version
        QuickSight::Topic Arn
        QuickSight::VPCConnection Arn CreatedTime LastUpdatedTime NetworkInterfaces Status VPCId
        RAM::Permission Arn IsResourceTypeDefault PermissionType Version
        RAM::ResourceShare Arn CreationTime FeatureSet LastUpdatedTime OwningAccountId Status
        RDS::CustomDBEngineVersion DBEngineVersionArn
        RDS::DBCluster DBClusterArn DBClusterResourceId Endpoint Endpoint.Address Endpoint.Port MasterUserSecret.SecretArn ReadEndpoint ReadEndpoint.Address StorageEncryptionType StorageThroughput
        RDS::DBClusterParameterGroup
        RDS::DBInstance AdditionalStorageVolumes AllocatedStorage AllowMajorVersionUpgrade ApplyImmediately AssociatedRoles AutoMinorVersionUpgrade AutomaticBackupReplicationKmsKeyId AutomaticBackupReplicationRegion AutomaticBackupReplicationRetentionPeriod AutomaticRestartTime AvailabilityZone BackupRetentionPeriod BackupTarget CACertificateIdentifier CertificateDetails.CAIdentifier CertificateDetails.ValidTill CertificateRotationRestart CharacterSetName CopyTagsToSnapshot CustomIAMInstanceProfile DBClusterIdentifier DBClusterSnapshotIdentifier DBInstanceArn DBInstanceClass DBInstanceIdentifier DBInstanceStatus DBName DBParameterGroupName DBSecurityGroups DBSnapshotIdentifier DBSubnetGroupName DBSystemId DatabaseInsightsMode DbiResourceId DedicatedLogVolume DeleteAutomatedBackups DeletionProtection Domain DomainAuthSecretArn DomainDnsIps DomainFqdn DomainIAMRoleName DomainOu EnableCloudwatchLogsExports EnableIAMDatabaseAuthentication EnablePerformanceInsights Endpoint.Address Endpoint.HostedZoneId Endpoint.Port Engine EngineLifecycleSupport EngineVersion InstanceCreateTime Iops IsStorageConfigUpgradeAvailable KmsKeyId LatestRestorableTime LicenseModel ListenerEndpoint.Address ListenerEndpoint.HostedZoneId ListenerEndpoint.Port ManageMasterUserPassword MasterUserAuthenticationType MasterUserPassword MasterUserSecret.KmsKeyId MasterUserSecret.SecretArn MasterUsername MaxAllocatedStorage MonitoringInterval MonitoringRoleArn MultiAZ NcharCharacterSetName NetworkType OptionGroupName PercentProgress PerformanceInsightsKMSKeyId PerformanceInsightsRetentionPeriod Port PreferredBackupWindow PreferredMaintenanceWindow ProcessorFeatures PromotionTier PubliclyAccessible ReadReplicaDBClusterIdentifiers ReadReplicaDBInstanceIdentifiers ReplicaMode RestoreTime ResumeFullAutomationModeTime SecondaryAvailabilityZone SourceDBClusterIdentifier SourceDBInstanceAutomatedBackupsArn SourceDBInstanceIdentifier SourceDbiResourceId SourceRegion StatusInfos StorageEncrypted StorageThroughput StorageType Tags TdeCredentialArn TdeCredentialPassword Timezone UseDefaultProcessorFeatures UseLatestRestorableTime VPCSecurityGroups
        RDS::DBParameterGroup DBParameterGroupName Description Family Tags
        RDS::DBProxy DBProxyArn Endpoint VpcId
        RDS::DBProxyEndpoint DBProxyEndpointArn Endpoint IsDefault VpcId
        RDS::DBProxyTargetGroup TargetGroupArn
        RDS::DBSecurityGroup Id
        RDS::DBSecurityGroupIngress Id
        RDS::DBShardGroup DBShardGroupResourceId Endpoint
        RDS::DBSubnetGroup
        RDS::EventSubscription
        RDS::GlobalCluster GlobalEndpoint
        RDS::Integration CreateTime IntegrationArn
        RDS::OptionGroup
        RTBFabric::InboundExternalLink Arn CreatedTimestamp DomainName LinkId LinkStatus UpdatedTimestamp
        RTBFabric::Link Arn CreatedTimestamp LinkDirection LinkId LinkStatus UpdatedTimestamp
        RTBFabric::OutboundExternalLink Arn CreatedTimestamp LinkId LinkStatus UpdatedTimestamp
        RTBFabric::RequesterGateway ActiveLinksCount Arn CreatedTimestamp DomainName GatewayId RequesterGatewayStatus TotalLinksCount UpdatedTimestamp
        RTBFabric::ResponderGateway Arn CreatedTimestamp GatewayId ResponderGatewayStatus UpdatedTimestamp
        RUM::AppMonitor Id
        Rbin::Rule Arn Identifier LockState
        Redshift::Cluster ClusterNamespaceArn DeferMaintenanceIdentifier Endpoint.Address Endpoint.Port MasterPasswordSecretArn
        Redshift::ClusterParameterGroup
        Redshift::ClusterSecurityGroup Id
        Redshift::ClusterSecurityGroupIngress Id
        Redshift::ClusterSubnetGroup ClusterSubnetGroupName
        Redshift::EndpointAccess Address EndpointCreateTime EndpointStatus Port VpcEndpoint VpcEndpoint.NetworkInterfaces.*.AvailabilityZone VpcEndpoint.NetworkInterfaces.*.NetworkInterfaceId VpcEndpoint.NetworkInterfaces.*.PrivateIpAddress VpcEndpoint.NetworkInterfaces.*.SubnetId VpcEndpoint.VpcEndpointId VpcEndpoint.VpcId VpcSecurityGroups VpcSecurityGroups.*.Status VpcSecurityGroups.*.VpcSecurityGroupId
        Redshift::EndpointAuthorization AllowedAllVPCs AllowedVPCs AuthorizeTime ClusterStatus EndpointCount Grantee Grantor Status
        Redshift::EventSubscription CustSubscriptionId CustomerAwsId EventCategoriesList SourceIdsList Status SubscriptionCreationTime
        Redshift::Integration CreateTime IntegrationArn
        Redshift::ScheduledAction NextInvocations State
        RedshiftServerless::Namespace Namespace Namespace.AdminUsername Namespace.CreationDate Namespace.DbName Namespace.DefaultIamRoleArn Namespace.IamRoles Namespace.KmsKeyId Namespace.LogExports Namespace.NamespaceArn Namespace.NamespaceId Namespace.NamespaceName Namespace.Status
        RedshiftServerless::Snapshot OwnerAccount Snapshot Snapshot.AdminUsername Snapshot.KmsKeyId Snapshot.NamespaceArn Snapshot.NamespaceName Snapshot.OwnerAccount Snapshot.RetentionPeriod Snapshot.SnapshotArn Snapshot.SnapshotCreateTime Snapshot.SnapshotName Snapshot.Status
        RedshiftServerless::Workgroup BaseCapacity ConfigParameters EnhancedVpcRouting MaxCapacity NamespaceName Port PubliclyAccessible RecoveryPointId SecurityGroupIds SnapshotArn SnapshotName SnapshotOwnerAccount SubnetIds Tags TrackName Workgroup.BaseCapacity Workgroup.ConfigParameters Workgroup.CreationDate Workgroup.Endpoint.Address Workgroup.Endpoint.Port Workgroup.Endpoint.VpcEndpoints Workgroup.EnhancedVpcRouting Workgroup.MaxCapacity Workgroup.NamespaceName Workgroup.PricePerformanceTarget.Level Workgroup.PricePerformanceTarget.Status Workgroup.PubliclyAccessible Workgroup.SecurityGroupIds Workgroup.Status Workgroup.SubnetIds Workgroup.TrackName Workgroup.WorkgroupArn Workgroup.WorkgroupId Workgroup.WorkgroupName WorkgroupName
        RefactorSpaces::Application ApiGatewayId ApplicationIdentifier Arn NlbArn NlbName ProxyUrl StageName VpcLinkId
        RefactorSpaces::Environment Arn EnvironmentIdentifier TransitGatewayId
        RefactorSpaces::Route Arn PathResourceToId RouteIdentifier
        RefactorSpaces::Service Arn ServiceIdentifier
        Rekognition::Collection Arn
        Rekognition::Project Arn
        Rekognition::StreamProcessor Arn Status StatusMessage
        ResilienceHub::App AppArn DriftStatus
        ResilienceHub::ResiliencyPolicy PolicyArn
        ResourceExplorer2::DefaultViewAssociation AssociatedAwsPrincipal
        ResourceExplorer2::Index Arn IndexState
        ResourceExplorer2::View ViewArn
        ResourceGroups::Group Arn
        ResourceGroups::TagSyncTask GroupArn GroupName Status TaskArn
        RoboMaker::Fleet Arn
        RoboMaker::Robot Arn
        RoboMaker::RobotApplication Arn CurrentRevisionId Environment Name RobotSoftwareSuite.Name RobotSoftwareSuite.Version Sources
        RoboMaker::RobotApplicationVersion ApplicationVersion Arn
        RoboMaker::SimulationApplication Arn CurrentRevisionId Environment Name RenderingEngine.Name RenderingEngine.Version RobotSoftwareSuite.Name RobotSoftwareSuite.Version SimulationSoftwareSuite.Name SimulationSoftwareSuite.Version Sources
        RoboMaker::SimulationApplicationVersion ApplicationVersion Arn
        RolesAnywhere::CRL CrlId
        RolesAnywhere::Profile ProfileArn ProfileId
        RolesAnywhere::TrustAnchor TrustAnchorArn TrustAnchorId
        Route53::CidrCollection Arn Id
        Route53::DNSSEC
        Route53::HealthCheck HealthCheckId
        Route53::HostedZone Id NameServers
        Route53::KeySigningKey
        Route53::RecordSet Id
        Route53::RecordSetGroup Id
        Route53GlobalResolver::AccessSource AccessSourceId Arn CreatedAt Status UpdatedAt
        Route53GlobalResolver::AccessToken AccessTokenId Arn CreatedAt GlobalResolverId Status UpdatedAt Value
        Route53GlobalResolver::DnsView Arn CreatedAt DnsViewId Status UpdatedAt
        Route53GlobalResolver::FirewallDomainList Arn CreatedAt DomainCount FirewallDomainListId Status StatusMessage UpdatedAt
        Route53GlobalResolver::FirewallRule CreatedAt FirewallRuleId QueryType Status UpdatedAt
        Route53GlobalResolver::GlobalResolver Arn CreatedAt DnsName GlobalResolverId IPv4Addresses IPv6Addresses Status UpdatedAt
        Route53GlobalResolver::HostedZoneAssociation CreatedAt HostedZoneAssociationId HostedZoneName Status UpdatedAt
        Route53Profiles::Profile Arn ClientToken Id ShareStatus
        Route53Profiles::ProfileAssociation Id
        Route53Profiles::ProfileResourceAssociation Id ResourceType
        Route53RecoveryControl::Cluster ClusterArn ClusterEndpoints Status
        Route53RecoveryControl::ControlPanel ControlPanelArn DefaultControlPanel RoutingControlCount Status
        Route53RecoveryControl::RoutingControl RoutingControlArn Status
        Route53RecoveryControl::SafetyRule SafetyRuleArn Status
        Route53RecoveryReadiness::Cell CellArn ParentReadinessScopes
        Route53RecoveryReadiness::ReadinessCheck ReadinessCheckArn
        Route53RecoveryReadiness::RecoveryGroup RecoveryGroupArn
        Route53RecoveryReadiness::ResourceSet ResourceSetArn
        Route53Resolver::FirewallDomainList Arn CreationTime CreatorRequestId DomainCount Id ManagedOwnerName ModificationTime Status StatusMessage
        Route53Resolver::FirewallRuleGroup Arn CreationTime CreatorRequestId FirewallRules.*.FirewallThreatProtectionId Id ModificationTime OwnerId RuleCount ShareStatus Status StatusMessage
        Route53Resolver::FirewallRuleGroupAssociation Arn CreationTime CreatorRequestId Id ManagedOwnerName ModificationTime Status StatusMessage
        Route53Resolver::OutpostResolver Arn CreationTime CreatorRequestId Id ModificationTime Status StatusMessage
        Route53Resolver::ResolverConfig AutodefinedReverse Id OwnerId
        Route53Resolver::ResolverDNSSECConfig Id OwnerId ValidationStatus
        Route53Resolver::ResolverEndpoint Arn Direction HostVPCId IpAddressCount Name ResolverEndpointId
        Route53Resolver::ResolverQueryLoggingConfig Arn AssociationCount CreationTime CreatorRequestId Id OwnerId ShareStatus Status
        Route53Resolver::ResolverQueryLoggingConfigAssociation CreationTime Error ErrorMessage Id Status
        Route53Resolver::ResolverRule Arn DelegationRecord DomainName Name ResolverEndpointId ResolverRuleId RuleType Tags TargetIps
        Route53Resolver::ResolverRuleAssociation Name ResolverRuleAssociationId ResolverRuleId VPCId
        S3::AccessGrant AccessGrantArn AccessGrantId GrantScope
        S3::AccessGrantsInstance AccessGrantsInstanceArn AccessGrantsInstanceId
        S3::AccessGrantsLocation AccessGrantsLocationArn AccessGrantsLocationId
        S3::AccessPoint Alias Arn Bucket BucketAccountId Name NetworkOrigin PublicAccessBlockConfiguration.BlockPublicAcls PublicAccessBlockConfiguration.BlockPublicPolicy PublicAccessBlockConfiguration.IgnorePublicAcls PublicAccessBlockConfiguration.RestrictPublicBuckets Tags VpcConfiguration.VpcId
        S3::Bucket Arn DomainName DualStackDomainName MetadataConfiguration.Destination MetadataConfiguration.InventoryTableConfiguration.TableArn MetadataConfiguration.InventoryTableConfiguration.TableName MetadataConfiguration.JournalTableConfiguration.TableArn MetadataConfiguration.JournalTableConfiguration.TableName MetadataTableConfiguration.S3TablesDestination.TableArn MetadataTableConfiguration.S3TablesDestination.TableNamespace RegionalDomainName WebsiteURL
        S3::BucketPolicy
        S3::MultiRegionAccessPoint Alias CreatedAt
        S3::MultiRegionAccessPointPolicy PolicyStatus PolicyStatus.IsPublic
        S3::StorageLens StorageLensConfiguration.StorageLensArn
        S3::StorageLensGroup StorageLensGroupArn
        S3Express::AccessPoint Arn NetworkOrigin
        S3Express::BucketPolicy
        S3Express::DirectoryBucket Arn AvailabilityZoneName
        S3Files::AccessPoint AccessPointArn AccessPointId OwnerId Status
        S3Files::FileSystem CreationTime FileSystemArn FileSystemId OwnerId Status StatusMessage SynchronizationConfiguration.LatestVersionNumber
        S3Files::FileSystemPolicy
        S3Files::MountTarget AvailabilityZoneId MountTargetId NetworkInterfaceId OwnerId Status StatusMessage VpcId
        S3ObjectLambda::AccessPoint Alias Alias.Status Alias.Value Arn CreationDate PolicyStatus PolicyStatus.IsPublic PublicAccessBlockConfiguration
        S3ObjectLambda::AccessPointPolicy
        S3Outposts::AccessPoint Arn
        S3Outposts::Bucket Arn
        S3Outposts::BucketPolicy
        S3Outposts::Endpoint Arn CidrBlock CreationTime Id NetworkInterfaces Status
        S3Tables::Namespace
        S3Tables::Table TableARN VersionToken WarehouseLocation
        S3Tables::TableBucket TableBucketARN
        S3Tables::TableBucketPolicy
        S3Tables::TablePolicy Namespace TableBucketARN TableName
        S3Vectors::Index CreationTime IndexArn
        S3Vectors::VectorBucket CreationTime VectorBucketArn
        S3Vectors::VectorBucketPolicy
        SDB::Domain Id
        SES::ConfigurationSet
        SES::ConfigurationSetEventDestination Id
        SES::ContactList
        SES::CustomVerificationEmailTemplate
        SES::DedicatedIpPool
        SES::EmailIdentity DkimDNSTokenName1 DkimDNSTokenName2 DkimDNSTokenName3 DkimDNSTokenValue1 DkimDNSTokenValue2 DkimDNSTokenValue3
        SES::MailManagerAddonInstance AddonInstanceArn AddonInstanceId AddonName
        SES::MailManagerAddonSubscription AddonSubscriptionArn AddonSubscriptionId
        SES::MailManagerAddressList AddressListArn AddressListId
        SES::MailManagerArchive ArchiveArn ArchiveId ArchiveState
        SES::MailManagerIngressPoint ARecord IngressPointArn IngressPointId Status
        SES::MailManagerRelay RelayArn RelayId
        SES::MailManagerRuleSet RuleSetArn RuleSetId
        SES::MailManagerTrafficPolicy TrafficPolicyArn TrafficPolicyId
        SES::MultiRegionEndpoint
        SES::ReceiptFilter Id
        SES::ReceiptRule Id
        SES::ReceiptRuleSet Id
        SES::Template Id
        SES::Tenant Arn
        SES::VdmAttributes VdmAttributesResourceId
        SMSVOICE::ConfigurationSet Arn
        SMSVOICE::OptOutList Arn
        SMSVOICE::PhoneNumber Arn PhoneNumber PhoneNumberId
        SMSVOICE::Pool Arn PoolId
        SMSVOICE::ProtectConfiguration Arn ProtectConfigurationId
        SMSVOICE::ResourcePolicy
        SMSVOICE::SenderId Arn
        SNS::Subscription Arn
        SNS::Topic ContentBasedDeduplication DeliveryStatusLogging DisplayName FifoThroughputScope FifoTopic KmsMasterKeyId SignatureVersion Subscription Tags TopicArn TopicName TracingConfig
        SNS::TopicInlinePolicy
        SNS::TopicPolicy Id
        SQS::Queue Arn ContentBasedDeduplication DeduplicationScope DelaySeconds FifoQueue FifoThroughputLimit KmsDataKeyReusePeriodSeconds KmsMasterKeyId MaximumMessageSize MessageRetentionPeriod QueueName QueueUrl ReceiveMessageWaitTimeSeconds RedrivePolicy.deadLetterTargetArn RedrivePolicy.maxReceiveCount SqsManagedSseEnabled Tags VisibilityTimeout
        SQS::QueueInlinePolicy
        SQS::QueuePolicy Id
        SSM::Association AssociationId
        SSM::Document
        SSM::MaintenanceWindow Id WindowId
        SSM::MaintenanceWindowTarget Id WindowTargetId
        SSM::MaintenanceWindowTask Id WindowTaskId
        SSM::Parameter AllowedPattern DataType Description Name Policies Tier Type Value
        SSM::PatchBaseline Id
        SSM::ResourceDataSync
        SSM::ResourcePolicy PolicyHash PolicyId
        SSMContacts::Contact Arn
        SSMContacts::ContactChannel Arn
        SSMContacts::Plan Arn
        SSMContacts::Rotation Arn
        SSMGuiConnect::Preferences AccountId
        SSMIncidents::ReplicationSet Arn
        SSMIncidents::ResponsePlan Arn
        SSMQuickSetup::ConfigurationManager ConfigurationDefinitions.*.id CreatedAt LastModifiedAt ManagerArn StatusSummaries
        SSMQuickSetup::LifecycleAutomation AssociationId
        SSO::Application ApplicationArn
        SSO::ApplicationAssignment
        SSO::Assignment
        SSO::Instance IdentityStoreId InstanceArn OwnerAccountId Status
        SSO::InstanceAccessControlAttributeConfiguration
        SSO::PermissionSet PermissionSetArn
        SageMaker::App AppArn BuiltInLifecycleConfigArn
        SageMaker::AppImageConfig AppImageConfigArn
        SageMaker::Cluster ClusterArn ClusterStatus CreationTime FailureMessage InstanceGroups.*.CurrentCount RestrictedInstanceGroups.*.CurrentCount
        SageMaker::CodeRepository CodeRepositoryName Id
        SageMaker::DataQualityJobDefinition CreationTime DataQualityAppSpecification.ContainerArguments DataQualityAppSpecification.ContainerEntrypoint DataQualityAppSpecification.ImageUri DataQualityAppSpecification.PostAnalyticsProcessorSourceUri DataQualityAppSpecification.RecordPreprocessorSourceUri DataQualityBaselineConfig.BaseliningJobName DataQualityBaselineConfig.ConstraintsResource.S3Uri DataQualityBaselineConfig.StatisticsResource.S3Uri DataQualityJobInput.BatchTransformInput.DataCapturedDestinationS3Uri DataQualityJobInput.BatchTransformInput.DatasetFormat.Csv.Header DataQualityJobInput.BatchTransformInput.DatasetFormat.Json.Line DataQualityJobInput.BatchTransformInput.DatasetFormat.Parquet DataQualityJobInput.BatchTransformInput.ExcludeFeaturesAttribute DataQualityJobInput.BatchTransformInput.LocalPath DataQualityJobInput.BatchTransformInput.S3DataDistributionType DataQualityJobInput.BatchTransformInput.S3InputMode DataQualityJobInput.EndpointInput.EndpointName DataQualityJobInput.EndpointInput.ExcludeFeaturesAttribute DataQualityJobInput.EndpointInput.LocalPath DataQualityJobInput.EndpointInput.S3DataDistributionType DataQualityJobInput.EndpointInput.S3InputMode DataQualityJobOutputConfig.KmsKeyId DataQualityJobOutputConfig.MonitoringOutputs EndpointName JobDefinitionArn JobDefinitionName JobResources.ClusterConfig.InstanceCount JobResources.ClusterConfig.InstanceType JobResources.ClusterConfig.VolumeKmsKeyId JobResources.ClusterConfig.VolumeSizeInGB NetworkConfig.EnableInterContainerTrafficEncryption NetworkConfig.EnableNetworkIsolation NetworkConfig.VpcConfig.SecurityGroupIds NetworkConfig.VpcConfig.Subnets RoleArn StoppingCondition.MaxRuntimeInSeconds Tags
        SageMaker::Device
        SageMaker::DeviceFleet
        SageMaker::Domain DomainArn DomainId HomeEfsFileSystemId SecurityGroupIdForDomainBoundary SingleSignOnApplicationArn SingleSignOnManagedApplicationInstanceId Url
        SageMaker::Endpoint EndpointArn EndpointName Id
        SageMaker::EndpointConfig EndpointConfigName Id
        SageMaker::FeatureGroup CreationTime FeatureGroupStatus
        SageMaker::Image ImageArn
        SageMaker::ImageVersion ContainerImage ImageArn ImageVersionArn Version
        SageMaker::InferenceComponent CreationTime FailureReason InferenceComponentArn InferenceComponentStatus LastModifiedTime RuntimeConfig.CurrentCopyCount RuntimeConfig.DesiredCopyCount Specification.Container.DeployedImage
        SageMaker::InferenceExperiment Arn CreationTime EndpointMetadata LastModifiedTime Status
        SageMaker::MlflowTrackingServer TrackingServerArn
        SageMaker::Model Id ModelArn ModelName
        SageMaker::ModelBiasJobDefinition CreationTime EndpointName JobDefinitionArn JobDefinitionName JobResources.ClusterConfig.InstanceCount JobResources.ClusterConfig.InstanceType JobResources.ClusterConfig.VolumeKmsKeyId JobResources.ClusterConfig.VolumeSizeInGB ModelBiasAppSpecification.ConfigUri ModelBiasAppSpecification.ImageUri ModelBiasBaselineConfig.BaseliningJobName ModelBiasBaselineConfig.ConstraintsResource.S3Uri ModelBiasJobInput.BatchTransformInput.DataCapturedDestinationS3Uri ModelBiasJobInput.BatchTransformInput.DatasetFormat.Csv.Header ModelBiasJobInput.BatchTransformInput.DatasetFormat.Json.Line ModelBiasJobInput.BatchTransformInput.DatasetFormat.Parquet ModelBiasJobInput.BatchTransformInput.EndTimeOffset ModelBiasJobInput.BatchTransformInput.FeaturesAttribute ModelBiasJobInput.BatchTransformInput.InferenceAttribute ModelBiasJobInput.BatchTransformInput.LocalPath ModelBiasJobInput.BatchTransformInput.ProbabilityAttribute ModelBiasJobInput.BatchTransformInput.ProbabilityThresholdAttribute ModelBiasJobInput.BatchTransformInput.S3DataDistributionType ModelBiasJobInput.BatchTransformInput.S3InputMode ModelBiasJobInput.BatchTransformInput.StartTimeOffset ModelBiasJobInput.EndpointInput.EndTimeOffset ModelBiasJobInput.EndpointInput.EndpointName ModelBiasJobInput.EndpointInput.FeaturesAttribute ModelBiasJobInput.EndpointInput.InferenceAttribute ModelBiasJobInput.EndpointInput.LocalPath ModelBiasJobInput.EndpointInput.ProbabilityAttribute ModelBiasJobInput.EndpointInput.ProbabilityThresholdAttribute ModelBiasJobInput.EndpointInput.S3DataDistributionType ModelBiasJobInput.EndpointInput.S3InputMode ModelBiasJobInput.EndpointInput.StartTimeOffset ModelBiasJobInput.GroundTruthS3Input.S3Uri ModelBiasJobOutputConfig.KmsKeyId ModelBiasJobOutputConfig.MonitoringOutputs NetworkConfig.EnableInterContainerTrafficEncryption NetworkConfig.EnableNetworkIsolation NetworkConfig.VpcConfig.SecurityGroupIds NetworkConfig.VpcConfig.Subnets RoleArn StoppingCondition.MaxRuntimeInSeconds Tags
        SageMaker::ModelCard CreatedBy.DomainId CreatedBy.UserProfileArn CreatedBy.UserProfileName CreationTime LastModifiedBy.DomainId LastModifiedBy.UserProfileArn LastModifiedBy.UserProfileName LastModifiedTime ModelCardArn ModelCardProcessingStatus ModelCardVersion
        SageMaker::ModelExplainabilityJobDefinition CreationTime EndpointName JobDefinitionArn JobDefinitionName JobResources.ClusterConfig.InstanceCount JobResources.ClusterConfig.InstanceType JobResources.ClusterConfig.VolumeKmsKeyId JobResources.ClusterConfig.VolumeSizeInGB ModelExplainabilityAppSpecification.ConfigUri ModelExplainabilityAppSpecification.ImageUri ModelExplainabilityBaselineConfig.BaseliningJobName ModelExplainabilityBaselineConfig.ConstraintsResource.S3Uri ModelExplainabilityJobInput.BatchTransformInput.DataCapturedDestinationS3Uri ModelExplainabilityJobInput.BatchTransformInput.DatasetFormat.Csv.Header ModelExplainabilityJobInput.BatchTransformInput.DatasetFormat.Json.Line ModelExplainabilityJobInput.BatchTransformInput.DatasetFormat.Parquet ModelExplainabilityJobInput.BatchTransformInput.FeaturesAttribute ModelExplainabilityJobInput.BatchTransformInput.InferenceAttribute ModelExplainabilityJobInput.BatchTransformInput.LocalPath ModelExplainabilityJobInput.BatchTransformInput.ProbabilityAttribute ModelExplainabilityJobInput.BatchTransformInput.S3DataDistributionType ModelExplainabilityJobInput.BatchTransformInput.S3InputMode ModelExplainabilityJobInput.EndpointInput.EndpointName ModelExplainabilityJobInput.EndpointInput.FeaturesAttribute ModelExplainabilityJobInput.EndpointInput.InferenceAttribute ModelExplainabilityJobInput.EndpointInput.LocalPath ModelExplainabilityJobInput.EndpointInput.ProbabilityAttribute ModelExplainabilityJobInput.EndpointInput.S3DataDistributionType ModelExplainabilityJobInput.EndpointInput.S3InputMode ModelExplainabilityJobOutputConfig.KmsKeyId ModelExplainabilityJobOutputConfig.MonitoringOutputs NetworkConfig.EnableInterContainerTrafficEncryption NetworkConfig.EnableNetworkIsolation NetworkConfig.VpcConfig.SecurityGroupIds NetworkConfig.VpcConfig.Subnets RoleArn StoppingCondition.MaxRuntimeInSeconds Tags
        SageMaker::ModelPackage CreationTime LastModifiedTime ModelPackageArn ModelPackageStatus
        SageMaker::ModelPackageGroup CreationTime ModelPackageGroupArn ModelPackageGroupStatus
        SageMaker::ModelQualityJobDefinition CreationTime EndpointName JobDefinitionArn JobDefinitionName JobResources.ClusterConfig.InstanceCount JobResources.ClusterConfig.InstanceType JobResources.ClusterConfig.VolumeKmsKeyId JobResources.ClusterConfig.VolumeSizeInGB ModelQualityAppSpecification.ContainerArguments ModelQualityAppSpecification.ContainerEntrypoint ModelQualityAppSpecification.ImageUri ModelQualityAppSpecification.PostAnalyticsProcessorSourceUri ModelQualityAppSpecification.ProblemType ModelQualityAppSpecification.RecordPreprocessorSourceUri ModelQualityBaselineConfig.BaseliningJobName ModelQualityBaselineConfig.ConstraintsResource.S3Uri ModelQualityJobInput.BatchTransformInput.DataCapturedDestinationS3Uri ModelQualityJobInput.BatchTransformInput.DatasetFormat.Csv.Header ModelQualityJobInput.BatchTransformInput.DatasetFormat.Json.Line ModelQualityJobInput.BatchTransformInput.DatasetFormat.Parquet ModelQualityJobInput.BatchTransformInput.EndTimeOffset ModelQualityJobInput.BatchTransformInput.InferenceAttribute ModelQualityJobInput.BatchTransformInput.LocalPath ModelQualityJobInput.BatchTransformInput.ProbabilityAttribute ModelQualityJobInput.BatchTransformInput.ProbabilityThresholdAttribute ModelQualityJobInput.BatchTransformInput.S3DataDistributionType ModelQualityJobInput.BatchTransformInput.S3InputMode ModelQualityJobInput.BatchTransformInput.StartTimeOffset ModelQualityJobInput.EndpointInput.EndTimeOffset ModelQualityJobInput.EndpointInput.EndpointName ModelQualityJobInput.EndpointInput.InferenceAttribute ModelQualityJobInput.EndpointInput.LocalPath ModelQualityJobInput.EndpointInput.ProbabilityAttribute ModelQualityJobInput.EndpointInput.ProbabilityThresholdAttribute ModelQualityJobInput.EndpointInput.S3DataDistributionType ModelQualityJobInput.EndpointInput.S3InputMode ModelQualityJobInput.EndpointInput.StartTimeOffset ModelQualityJobInput.GroundTruthS3Input.S3Uri ModelQualityJobOutputConfig.KmsKeyId ModelQualityJobOutputConfig.MonitoringOutputs NetworkConfig.EnableInterContainerTrafficEncryption NetworkConfig.EnableNetworkIsolation NetworkConfig.VpcConfig.SecurityGroupIds NetworkConfig.VpcConfig.Subnets RoleArn StoppingCondition.MaxRuntimeInSeconds Tags
        SageMaker::MonitoringSchedule CreationTime EndpointName FailureReason LastModifiedTime LastMonitoringExecutionSummary.CreationTime LastMonitoringExecutionSummary.EndpointName LastMonitoringExecutionSummary.FailureReason LastMonitoringExecutionSummary.LastModifiedTime LastMonitoringExecutionSummary.MonitoringExecutionStatus LastMonitoringExecutionSummary.MonitoringScheduleName LastMonitoringExecutionSummary.ProcessingJobArn LastMonitoringExecutionSummary.ScheduledTime MonitoringScheduleArn MonitoringScheduleConfig.MonitoringJobDefinition.BaselineConfig.ConstraintsResource.S3Uri MonitoringScheduleConfig.MonitoringJobDefinition.BaselineConfig.StatisticsResource.S3Uri MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringAppSpecification.ContainerArguments MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringAppSpecification.ContainerEntrypoint MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringAppSpecification.ImageUri MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringAppSpecification.PostAnalyticsProcessorSourceUri MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringAppSpecification.RecordPreprocessorSourceUri MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringInputs MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringOutputConfig.KmsKeyId MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringOutputConfig.MonitoringOutputs MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringResources.ClusterConfig.InstanceCount MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringResources.ClusterConfig.InstanceType MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringResources.ClusterConfig.VolumeKmsKeyId MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringResources.ClusterConfig.VolumeSizeInGB MonitoringScheduleConfig.MonitoringJobDefinition.NetworkConfig.EnableInterContainerTrafficEncryption MonitoringScheduleConfig.MonitoringJobDefinition.NetworkConfig.EnableNetworkIsolation MonitoringScheduleConfig.MonitoringJobDefinition.NetworkConfig.VpcConfig.SecurityGroupIds MonitoringScheduleConfig.MonitoringJobDefinition.NetworkConfig.VpcConfig.Subnets MonitoringScheduleConfig.MonitoringJobDefinition.RoleArn MonitoringScheduleConfig.MonitoringJobDefinition.StoppingCondition.MaxRuntimeInSeconds MonitoringScheduleConfig.MonitoringJobDefinitionName MonitoringScheduleConfig.MonitoringType MonitoringScheduleConfig.ScheduleConfig.DataAnalysisEndTime MonitoringScheduleConfig.ScheduleConfig.DataAnalysisStartTime MonitoringScheduleConfig.ScheduleConfig.ScheduleExpression MonitoringScheduleName MonitoringScheduleStatus Tags
        SageMaker::NotebookInstance Id NotebookInstanceName
        SageMaker::NotebookInstanceLifecycleConfig Id NotebookInstanceLifecycleConfigName
        SageMaker::PartnerApp Arn BaseUrl CurrentVersionEolDate
        SageMaker::Pipeline
        SageMaker::ProcessingJob AutoMLJobArn CreationTime ExitMessage FailureReason LastModifiedTime MonitoringScheduleArn ProcessingEndTime ProcessingJobArn ProcessingJobStatus ProcessingStartTime TrainingJobArn
        SageMaker::Project CreationTime ProjectArn ProjectId ProjectStatus
        SageMaker::Space SpaceArn Url
        SageMaker::StudioLifecycleConfig StudioLifecycleConfigArn
        SageMaker::UserProfile UserProfileArn
        SageMaker::Workteam Id WorkteamName
        Scheduler::Schedule Arn
        Scheduler::ScheduleGroup Arn CreationDate LastModificationDate State
        SecretsManager::ResourcePolicy Id
        SecretsManager::RotationSchedule Id
        SecretsManager::Secret Id
        SecretsManager::SecretTargetAttachment Id
        SecurityAgent::AgentSpace AgentSpaceId CreatedAt UpdatedAt
        SecurityAgent::Application ApplicationId ApplicationName Domain IdCConfiguration.IdCApplicationArn
        SecurityAgent::Pentest CreatedAt PentestId UpdatedAt
        SecurityAgent::TargetDomain CreatedAt TargetDomainId VerificationDetails VerificationStatus VerificationStatusReason VerifiedAt
        SecurityHub::AggregatorV2 AggregationRegion AggregatorV2Arn
        SecurityHub::AutomationRule CreatedAt CreatedBy RuleArn UpdatedAt
        SecurityHub::AutomationRuleV2 CreatedAt RuleArn RuleId UpdatedAt
        SecurityHub::ConfigurationPolicy Arn CreatedAt Id ServiceEnabled UpdatedAt
        SecurityHub::ConnectorV2 ConnectorArn ConnectorId ConnectorStatus CreatedAt LastCheckedAt LastUpdatedAt Message
        SecurityHub::DelegatedAdmin DelegatedAdminIdentifier Status
        SecurityHub::FindingAggregator FindingAggregationRegion FindingAggregatorArn
        SecurityHub::Hub ARN SubscribedAt
        SecurityHub::HubV2 HubV2Arn SubscribedAt
        SecurityHub::Insight InsightArn
        SecurityHub::OrganizationConfiguration MemberAccountLimitReached OrganizationConfigurationIdentifier Status StatusMessage
        SecurityHub::PolicyAssociation AssociationIdentifier AssociationStatus AssociationStatusMessage AssociationType UpdatedAt
        SecurityHub::ProductSubscription ProductSubscriptionArn
        SecurityHub::SecurityControl
        SecurityHub::Standard StandardsSubscriptionArn
        SecurityLake::AwsLogSource
        SecurityLake::DataLake Arn S3BucketArn
        SecurityLake::Subscriber ResourceShareArn ResourceShareName S3BucketArn SubscriberArn SubscriberRoleArn
        SecurityLake::SubscriberNotification SubscriberEndpoint
        ServiceCatalog::AcceptedPortfolioShare Id
        ServiceCatalog::CloudFormationProduct Id ProductName ProvisioningArtifactIds ProvisioningArtifactNames
        ServiceCatalog::CloudFormationProvisionedProduct CloudformationStackArn Outputs.* ProvisionedProductId RecordId
        ServiceCatalog::LaunchNotificationConstraint Id
        ServiceCatalog::LaunchRoleConstraint Id
        ServiceCatalog::LaunchTemplateConstraint Id
        ServiceCatalog::Portfolio Id PortfolioName
        ServiceCatalog::PortfolioPrincipalAssociation Id
        ServiceCatalog::PortfolioProductAssociation Id
        ServiceCatalog::PortfolioShare Id
        ServiceCatalog::ResourceUpdateConstraint Id
        ServiceCatalog::ServiceAction Id
        ServiceCatalog::ServiceActionAssociation
        ServiceCatalog::StackSetConstraint Id
        ServiceCatalog::TagOption Id
        ServiceCatalog::TagOptionAssociation Id
        ServiceCatalogAppRegistry::Application ApplicationName ApplicationTagKey ApplicationTagValue Arn Id
        ServiceCatalogAppRegistry::AttributeGroup Arn Id
        ServiceCatalogAppRegistry::AttributeGroupAssociation ApplicationArn AttributeGroupArn
        ServiceCatalogAppRegistry::ResourceAssociation ApplicationArn ResourceArn
        ServiceDiscovery::HttpNamespace Arn Id
        ServiceDiscovery::Instance InstanceId
        ServiceDiscovery::PrivateDnsNamespace Arn HostedZoneId Id
        ServiceDiscovery::PublicDnsNamespace Arn HostedZoneId Id
        ServiceDiscovery::Service Arn Id Name
        Shield::DRTAccess AccountId
        Shield::ProactiveEngagement AccountId
        Shield::Protection ProtectionArn ProtectionId
        Shield::ProtectionGroup ProtectionGroupArn
        Signer::ProfilePermission
        Signer::SigningProfile Arn ProfileName ProfileVersion ProfileVersionArn
        SimSpaceWeaver::Simulation DescribePayload
        StepFunctions::Activity Arn EncryptionConfiguration.KmsDataKeyReusePeriodSeconds EncryptionConfiguration.KmsKeyId EncryptionConfiguration.Type Name Tags
        StepFunctions::StateMachine Arn Name StateMachineRevisionId
        StepFunctions::StateMachineAlias Arn
        StepFunctions::StateMachineVersion Arn
        SupportApp::AccountAlias AccountAliasResourceId
        SupportApp::SlackChannelConfiguration
        SupportApp::SlackWorkspaceConfiguration
        Synthetics::Canary Code.SourceLocationArn Id State
        Synthetics::Group Id
        SystemsManagerSAP::Application Arn
        Timestream::Database Arn
        Timestream::InfluxDBCluster Arn Endpoint EngineType Id InfluxAuthParametersSecretArn ReaderEndpoint Status
        Timestream::InfluxDBInstance Arn AvailabilityZone Endpoint Id InfluxAuthParametersSecretArn SecondaryAvailabilityZone Status
        Timestream::ScheduledQuery Arn SQErrorReportConfiguration SQKmsKeyId SQName SQNotificationConfiguration SQQueryString SQScheduleConfiguration SQScheduledQueryExecutionRoleArn SQTargetConfiguration
        Timestream::Table Arn Name
        Transfer::Agreement AgreementId Arn
        Transfer::Certificate Arn CertificateId NotAfterDate NotBeforeDate Serial Status Type
        Transfer::Connector Arn ConnectorId ErrorMessage ServiceManagedEgressIpAddresses Status
        Transfer::Profile Arn ProfileId
        Transfer::Server Arn As2ServiceManagedEgressIpAddresses ServerId State
        Transfer::User Arn ServerId UserName
        Transfer::WebApp Arn IdentityProviderDetails.ApplicationArn VpcEndpointId WebAppId
        Transfer::Workflow Arn WorkflowId
        UXC::AccountCustomization AccountId
        VerifiedPermissions::IdentitySource Details IdentitySourceId
        VerifiedPermissions::Policy PolicyId PolicyType
        VerifiedPermissions::PolicyStore Arn EncryptionState PolicyStoreId
        VerifiedPermissions::PolicyTemplate PolicyTemplateId
        VoiceID::Domain DomainId
        VpcLattice::AccessLogSubscription Arn Id ResourceArn ResourceId
        VpcLattice::AuthPolicy State
        VpcLattice::DomainVerification Arn Id Status TxtMethodConfig
        VpcLattice::Listener Arn Id ServiceArn ServiceId
        VpcLattice::ResourceConfiguration Arn Id
        VpcLattice::ResourceGateway Arn Id
        VpcLattice::ResourcePolicy
        VpcLattice::Rule Arn Id
        VpcLattice::Service Arn CreatedAt DnsEntry.DomainName DnsEntry.HostedZoneId Id LastUpdatedAt Status
        VpcLattice::ServiceNetwork Arn CreatedAt Id LastUpdatedAt
        VpcLattice::ServiceNetworkResourceAssociation Arn Id
        VpcLattice::ServiceNetworkServiceAssociation Arn CreatedAt DnsEntry.DomainName DnsEntry.HostedZoneId Id ServiceArn ServiceId ServiceName ServiceNetworkArn ServiceNetworkId ServiceNetworkName Status
        VpcLattice::ServiceNetworkVpcAssociation Arn CreatedAt Id ServiceNetworkArn ServiceNetworkId ServiceNetworkName Status VpcId
        VpcLattice::TargetGroup Arn CreatedAt Id LastUpdatedAt Status
        WAF::ByteMatchSet Id
        WAF::IPSet Id
        WAF::Rule Id
        WAF::SizeConstraintSet Id
        WAF::SqlInjectionMatchSet Id
        WAF::WebACL Id
        WAF::XssMatchSet Id
        WAFRegional::ByteMatchSet Id
        WAFRegional::GeoMatchSet Id
        WAFRegional::IPSet Id
        WAFRegional::RateBasedRule Id
        WAFRegional::RegexPatternSet Id
        WAFRegional::Rule Id
        WAFRegional::SizeConstraintSet Id
        WAFRegional::SqlInjectionMatchSet Id
        WAFRegional::WebACL Id
        WAFRegional::WebACLAssociation Id
        WAFRegional::XssMatchSet Id
        WAFv2::IPSet Arn Id
        WAFv2::LoggingConfiguration ManagedByFirewallManager
        WAFv2::RegexPatternSet Arn Id
        WAFv2::RuleGroup Arn AvailableLabels.*.Name ConsumedLabels.*.Name Id LabelNamespace
        WAFv2::WebACL Arn Capacity Id LabelNamespace
        WAFv2::WebACLAssociation
        Wisdom::AIAgent AIAgentArn AIAgentId AssistantArn ModifiedTimeSeconds
        Wisdom::AIAgentVersion AIAgentArn AIAgentVersionId AssistantArn VersionNumber
        Wisdom::AIGuardrail AIGuardrailArn AIGuardrailId AssistantArn
        Wisdom::AIGuardrailVersion AIGuardrailArn AIGuardrailVersionId AssistantArn VersionNumber
        Wisdom::AIPrompt AIPromptArn AIPromptId AssistantArn ModifiedTimeSeconds
        Wisdom::AIPromptVersion AIPromptArn AIPromptVersionId AssistantArn VersionNumber
        Wisdom::Assistant AssistantArn AssistantId
        Wisdom::AssistantAssociation AssistantArn AssistantAssociationArn AssistantAssociationId
        Wisdom::KnowledgeBase KnowledgeBaseArn KnowledgeBaseId
        Wisdom::MessageTemplate MessageTemplateArn MessageTemplateAttachments.*.AttachmentId MessageTemplateContentSha256 MessageTemplateId
        Wisdom::MessageTemplateVersion MessageTemplateVersionArn MessageTemplateVersionNumber
        Wisdom::QuickResponse Contents QuickResponseArn QuickResponseId Status
        WorkSpaces::ConnectionAlias AliasId Associations ConnectionAliasState
        WorkSpaces::Workspace Id WorkspaceId
        WorkSpaces::WorkspacesPool CreatedAt PoolArn PoolId
        WorkSpacesThinClient::Environment ActivationCode Arn CreatedAt DesktopType Id PendingSoftwareSetId PendingSoftwareSetVersion RegisteredDevicesCount SoftwareSetComplianceStatus UpdatedAt
        WorkSpacesWeb::BrowserSettings AssociatedPortalArns BrowserSettingsArn
        WorkSpacesWeb::DataProtectionSettings AssociatedPortalArns CreationDate DataProtectionSettingsArn
        WorkSpacesWeb::IdentityProvider IdentityProviderArn
        WorkSpacesWeb::IpAccessSettings AssociatedPortalArns CreationDate IpAccessSettingsArn
        WorkSpacesWeb::NetworkSettings AssociatedPortalArns NetworkSettingsArn
        WorkSpacesWeb::Portal BrowserType CreationDate PortalArn PortalEndpoint PortalStatus RendererType ServiceProviderSamlMetadata StatusReason
        WorkSpacesWeb::SessionLogger AssociatedPortalArns CreationDate SessionLoggerArn
        WorkSpacesWeb::TrustStore AssociatedPortalArns TrustStoreArn
        WorkSpacesWeb::UserAccessLoggingSettings AssociatedPortalArns UserAccessLoggingSettingsArn
        WorkSpacesWeb::UserSettings AssociatedPortalArns BrandingConfiguration.FaviconMetadata BrandingConfiguration.LogoMetadata BrandingConfiguration.WallpaperMetadata UserSettingsArn
        WorkspacesInstances::Volume VolumeId
        WorkspacesInstances::VolumeAssociation
        WorkspacesInstances::WorkspaceInstance EC2ManagedInstance EC2ManagedInstance.InstanceId ProvisionState WorkspaceInstanceId
        XRay::Group GroupARN
        XRay::ResourcePolicy
        XRay::SamplingRule RuleARN
        XRay::TransactionSearchConfig AccountId
        """
}
