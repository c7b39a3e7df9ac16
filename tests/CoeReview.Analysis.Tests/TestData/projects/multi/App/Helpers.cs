namespace App;

public static class Helpers
{
    public static int Twice(int x) => x * 2;
}
