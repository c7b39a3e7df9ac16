using System.DirectoryServices;
using System.Xml;
using System.Xml.XPath;

namespace Corpus.Security;

public sealed class LdapXPath(XmlDocument doc, XPathNavigator nav)
{
    public SearchResult? FindUser(string user)
    {
        var searcher = new DirectorySearcher("(uid=" + user + ")"); // expect: ldap-injection
        return searcher.FindOne();
    }

    public SearchResult? FindByName(string name)
    {
        var searcher = new DirectorySearcher();
        searcher.Filter = $"(&(objectClass=user)(cn={name}))"; // expect: ldap-injection
        return searcher.FindOne();
    }

    public XmlNodeList? Users(string name) => doc.SelectNodes("//user[name='" + name + "']"); // expect: xpath-injection

    public object Count(string id) => nav.Evaluate($"count(//item[@id='{id}'])"); // expect: xpath-injection
}

public sealed class LdapXPathFixed(XmlDocument doc)
{
    public SearchResult? FindUser(string user) => new DirectorySearcher("(uid=" + EscapeLdap(user) + ")").FindOne();

    public SearchResult? Admins() => new DirectorySearcher("(&(objectClass=user)(memberOf=admins))").FindOne();

    public XmlNodeList? Users(string name)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z]+$"))
        {
            return null;
        }

        return doc.SelectNodes("//user[name='" + name + "']");
    }

    public XmlNodeList? All() => doc.SelectNodes("//user");

    private static string EscapeLdap(string value) => value.Replace("(", "\\28", StringComparison.Ordinal).Replace(")", "\\29", StringComparison.Ordinal);
}
