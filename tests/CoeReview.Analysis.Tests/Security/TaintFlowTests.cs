using CoeReview.Core.Findings;

namespace CoeReview.Analysis.Tests.Security;

/// <summary>The taint engine on .NET Framework web code (System.Web, ADO.NET, NetworkCredential), compiled with the shipped references.</summary>
public sealed class TaintFlowTests
{
    private const string Project = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net48</TargetFramework></PropertyGroup>"
        + "<ItemGroup><Reference Include=\"System.Web\" /><Reference Include=\"System.DirectoryServices\" /></ItemGroup></Project>";

    private const string Usings = "using System; using System.Data.SqlClient; using System.Net; using System.Text; using System.Web;\n";

    private static readonly RoslynAnalysisEngine s_rules = new(new RoslynAnalysisOptions { CompilerDiagnostics = false, NetAnalyzers = false });

    private static async Task<List<Finding>> SecurityFindingsAsync(params (string Path, string Code)[] files)
    {
        var all = new Dictionary<string, string> { ["App/App.csproj"] = Project };
        foreach (var (path, code) in files)
        {
            all["App/" + path] = Usings + code;
        }

        var found = await s_rules.AnalyzeAsync(Fixtures.InMemory(all, [.. files.Select(f => "App/" + f.Path)]), CancellationToken.None);
        return found.Where(f => f.RuleId.StartsWith("COE-SEC", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ToList();
    }

    [Fact]
    public async Task Query_string_through_a_field_a_helper_of_another_class_and_a_StringBuilder_is_reported_on_the_sink_line_with_its_path()
    {
        var found = await SecurityFindingsAsync(
            ("Page.cs", """
                public class Page
                {
                    private static string s_name;
                    public void Load(HttpRequest req) { s_name = req.QueryString["name"]; new Store().Find(s_name); }
                }
                """),
            ("Store.cs", """
                public class Store
                {
                    public void Find(string name)
                    {
                        var sql = new StringBuilder("select * from users where name = '");
                        sql.Append(name).Append("'");
                        using (var cmd = new SqlCommand()) { cmd.CommandText = sql.ToString(); }
                    }
                }
                """));

        var f = Assert.Single(found);
        Assert.Equal(("COE-SEC-001", "App/Store.cs", 8), (f.RuleId, f.Path, f.Line));
        Assert.True(f.Message.Contains("req.QueryString[\"name\"]", StringComparison.Ordinal) && f.Message.Contains("Store.Find", StringComparison.Ordinal), f.Message);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal([("App/Page.cs", 5), ("App/Page.cs", 5), ("App/Store.cs", 8)], f.Flow.Select(step => (step.Path, step.Line)));
    }

    [Fact]
    public async Task Html_encoding_clears_the_page_but_not_the_query()
    {
        var found = await SecurityFindingsAsync(("Page.cs", """
            public class Page
            {
                public void Show(HttpRequest req, HttpResponse resp, SqlConnection db)
                {
                    var safe = HttpUtility.HtmlEncode(req.Params.Get("q"));
                    resp.Write("<p>" + safe + "</p>");
                    new SqlCommand("select 1 where x = '" + safe + "'", db).ExecuteNonQuery();
                }
            }
            """));

        Assert.Equal([("sql-injection", 8)], found.Select(f => (f.Category, f.Line)));
    }

    [Fact]
    public async Task An_allow_list_check_cleans_the_value_only_on_the_path_it_guards()
    {
        var found = await SecurityFindingsAsync(("Page.cs", """
            public class Page
            {
                public void Sort(HttpRequest req, SqlCommand cmd)
                {
                    var column = req.QueryString["sort"];
                    if (column == "name" || column == "date")
                    {
                        cmd.CommandText = "select * from t order by " + column;
                    }

                    cmd.CommandText = "select * from t order by " + column;
                    switch (column) { case "id": cmd.CommandText = "select * from t order by " + column; break; }
                }
            }
            """));

        Assert.Equal([12], found.Select(f => f.Line));
    }

    [Fact]
    public async Task A_virtual_call_reaches_only_the_override_of_the_object_created()
    {
        var found = await SecurityFindingsAsync(("Page.cs", """
            public abstract class Sink { public abstract void Run(string data, HttpResponse resp); }
            public class Raw : Sink { public override void Run(string data, HttpResponse resp) { resp.Write(data); } }
            public class Encoded : Sink { public override void Run(string data, HttpResponse resp) { resp.Write(HttpUtility.HtmlEncode(data)); } }
            public class Page
            {
                public void Bad(HttpRequest req, HttpResponse resp) { Sink s = new Raw(); s.Run(req.Cookies["c"].Value, resp); }
                public void Good(HttpRequest req, HttpResponse resp) { Sink s = new Encoded(); s.Run(req.Cookies["c"].Value, resp); }
                public void Constant(HttpResponse resp) { Sink s = new Raw(); s.Run("hello", resp); }
            }
            """));

        Assert.Equal([("xss", 3)], found.Select(f => (f.Category, f.Line)));
    }

    [Fact]
    public async Task A_literal_password_reaching_NetworkCredential_through_a_helper_is_a_hard_coded_credential_and_console_input_is_not()
    {
        var found = await SecurityFindingsAsync(("Login.cs", """
            public class Login
            {
                public void Bad() { Connect("7e5tc4s3"); }
                public void Good() { Connect(Console.ReadLine()); }
                private static void Connect(string password)
                {
                    var credentials = new NetworkCredential("user", password, "domain");
                }
            }
            """));

        var f = Assert.Single(found);
        Assert.Equal(("hardcoded-secret", 8), (f.Category, f.Line));
    }

    [Fact]
    public async Task Header_values_from_input_need_url_encoding_and_cr_lf_removal()
    {
        var found = await SecurityFindingsAsync(("Page.cs", """
            public class Page
            {
                public void Set(HttpRequest req, HttpResponse resp)
                {
                    var lang = req.QueryString["lang"];
                    resp.AddHeader("Location", "/author?lang=" + lang);
                    resp.AddHeader("Location", "/author?lang=" + HttpUtility.UrlEncode(lang));
                    resp.AppendHeader("X-Lang", lang.Replace("\r", "").Replace("\n", ""));
                }
            }
            """));

        Assert.Equal([("header-injection", 7)], found.Select(f => (f.Category, f.Line)));
    }

    [Fact]
    public async Task Sinks_whose_types_do_not_resolve_are_reported_by_name_at_low_confidence_and_never_as_errors()
    {
        var files = new Dictionary<string, string>
        {
            ["App/App.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"System.Data.SqlClient\" Version=\"4.8.6\" /></ItemGroup></Project>",
            ["App/Repo.cs"] = "using System.Data.SqlClient;\npublic class Repo\n{\n    public void Find(string name, SqlConnection conn)\n    {\n        var cmd = new SqlCommand(\"select * from t where n = '\" + name + \"'\", conn);\n    }\n}\n",
        };

        var found = await s_rules.AnalyzeAsync(Fixtures.InMemory(files, "App/Repo.cs"), CancellationToken.None);

        var f = Assert.Single(found, f => f.RuleId.StartsWith("COE-SEC", StringComparison.Ordinal));
        Assert.Equal(("COE-SEC-001", 6), (f.RuleId, f.Line));
        Assert.True(f.Severity != Severity.Error && f.Confidence <= 0.5, f.ToString());
    }
}
