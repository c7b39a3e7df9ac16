namespace Clean;

public static class WrongType
{
    public static int Count()
    {
        int x = "a";
        return x;
    }
}
