using App;
using Lib;

var greeter = new Greeter();
Console.WriteLine(greeter.Greet("world"));
Console.WriteLine(greeter.Secret());
Console.WriteLine(greeter.Shout("world"));
Console.WriteLine(Helpers.Twice(2));
