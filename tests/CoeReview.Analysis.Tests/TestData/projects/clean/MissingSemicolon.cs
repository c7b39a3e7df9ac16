namespace Clean;

public static class MissingSemicolon
{
    public static int Twice(int value)
    {
        var result = value * 2
        return result;
    }
}
