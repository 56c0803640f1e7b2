namespace Chancery.Cli.Eval;

/// <summary>The fields <c>chancery eval</c> grades, in table order.</summary>
internal static class EvalFields
{
    public const string ReferenceId = "referenceId";
    public const string Created = "created";
    public const string Classification = "classification";
    public const string Noforn = "noforn";
    public const string Sensitive = "sensitive";
    public const string Tags = "tags";
    public const string Subject = "subject";
    public const string References = "references";
    public const string Origin = "origin";
    public const string RecipientsTo = "to";
    public const string RecipientsInfo = "info";

    public static readonly string[] All =
        [ReferenceId, Created, Classification, Noforn, Sensitive, Tags, Subject, References, Origin, RecipientsTo, RecipientsInfo];
}
