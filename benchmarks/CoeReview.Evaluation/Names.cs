namespace CoeReview.Evaluation;

/// <summary>Random but plausible names for generated code.</summary>
internal sealed class Names(Random random)
{
    private static readonly string[] s_entities = ["Order", "Customer", "Invoice", "Product", "User", "Account", "Shipment", "Report", "Payment", "Ticket", "Booking", "Document", "Employee", "Supplier", "Coupon"];
    private static readonly string[] s_fields = ["Name", "Email", "Status", "Total", "Code", "Title", "Region", "Owner", "Reference", "Category"];
    private static readonly string[] s_srcFolders = ["src/App/Services", "src/Core/Domain", "src/Web/Handlers", "src/Infrastructure/Data", "src/Api/Features", "src/Jobs", "lib/Shared", "src/Billing/Internal"];
    private static readonly string[] s_verbs = ["Get", "Load", "Find", "Update", "Create", "Process", "Sync", "Import", "Export", "Apply"];

    public Random Random => random;

    public string Entity() => Pick(s_entities);

    public string Field() => Pick(s_fields);

    public string Verb() => Pick(s_verbs);

    public int Int(int min, int max) => random.Next(min, max);

    public string Pick(params string[] choices) => choices[random.Next(choices.Length)];

    public string SourcePath(string entity, string suffix = "Service") => $"{Pick(s_srcFolders)}/{entity}{suffix}.cs";

    public string ControllerPath(string entity) => $"src/Web/Controllers/{entity}Controller.cs";

    public string TestPath(string entity) => $"tests/{Pick("App", "Core", "Web", "Billing")}.Tests/{entity}{Pick("Service", "Handler", "Repository", "Validator")}Tests.cs";

    public string Var(string entity) => char.ToLowerInvariant(entity[0]) + entity[1..];

    public string Member(string verb, string entity, string parameters) => $"    public {Pick("async Task", "void", "async Task<bool>", "IActionResult", "int")} {verb}{entity}{Pick("", "Async", "Core")}({parameters})";
}
