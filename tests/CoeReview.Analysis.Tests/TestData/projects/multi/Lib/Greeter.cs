namespace Lib;

public sealed class Greeter
{
    public string Greet(string name) => "Hello " + name;

    internal string Secret() => "internal";
}
