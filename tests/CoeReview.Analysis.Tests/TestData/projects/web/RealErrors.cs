using Newtonsoft.Json;

namespace Web;

public static class RealErrors
{
    public static int Broken(string text)
    {
        int x = "a";
        var parsed = JsonConvert.DeserializeObject<Customer>(text)
        return x;
    }
}
