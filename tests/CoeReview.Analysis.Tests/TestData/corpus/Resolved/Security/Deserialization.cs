using System.Runtime.Serialization.Formatters.Binary;
using System.Web.Script.Serialization;
using System.Web.UI;
using System.Xml;
using Newtonsoft.Json;

namespace Corpus.Security;

public sealed class Deserialization
{
#pragma warning disable SYSLIB0011 // the corpus shows the obsolete API on purpose
    public object Binary(Stream stream)
    {
        var formatter = new BinaryFormatter(); // expect: insecure-deserialization
        return formatter.Deserialize(stream);
    }
#pragma warning restore SYSLIB0011

    public T? Json<T>(string json)
    {
        var settings = new JsonSerializerSettings();
        settings.TypeNameHandling = TypeNameHandling.All; // expect: insecure-deserialization
        return JsonConvert.DeserializeObject<T>(json, settings);
    }

    public T? Script<T>(string input) => new JavaScriptSerializer(new SimpleTypeResolver()).Deserialize<T>(input); // expect: insecure-deserialization

    public object? ViewState(string input) => new LosFormatter().Deserialize(input); // expect: insecure-deserialization

    public XmlDocument Load(string xml)
    {
        var settings = new XmlReaderSettings();
        settings.DtdProcessing = DtdProcessing.Parse; // expect: xxe
        var doc = new XmlDocument();
        doc.XmlResolver = new XmlUrlResolver(); // expect: xxe
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        doc.Load(reader);
        return doc;
    }
}

public sealed class DeserializationFixed
{
    public T? Json<T>(string json)
    {
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };
        return JsonConvert.DeserializeObject<T>(json, settings);
    }

    public T? Modern<T>(string json) => System.Text.Json.JsonSerializer.Deserialize<T>(json);

    public T? Script<T>(string input) => new JavaScriptSerializer().Deserialize<T>(input);

    public XmlDocument Load(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
        var doc = new XmlDocument { XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        doc.Load(reader);
        return doc;
    }

    public XmlReaderSettings Lenient() => new() { DtdProcessing = DtdProcessing.Ignore };
}
