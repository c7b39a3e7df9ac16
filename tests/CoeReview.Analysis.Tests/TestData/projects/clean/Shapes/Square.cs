namespace Clean.Shapes;

public sealed class Square(double side) : Shape
{
    public override double Area() => side * side;

    public double Bigger(Circle circle) => Math.Max(Area(), circle.Area());
}
