namespace Clean.Shapes;

public abstract class Shape
{
    public abstract double Area();
}
