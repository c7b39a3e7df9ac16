using CommunityToolkit.Mvvm.ComponentModel;
using Newtonsoft.Json;

namespace Web;

public sealed partial class Order : ObservableObject
{
    [ObservableProperty]
    private int _id;

    [JsonProperty("customer")]
    public Customer Customer { get; set; } = new();

    public void Touch() => Id = Id + 1;
}

public sealed class Customer
{
    public string Name { get; set; } = "";
}
