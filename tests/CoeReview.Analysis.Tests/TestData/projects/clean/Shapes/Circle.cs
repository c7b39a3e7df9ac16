namespace Clean.Shapes;

public sealed class Circle(double radius) : Shape
{
    public override double Area() => Math.PI * radius * radius;

    public double Diameter() => Radius() * 2;
}
