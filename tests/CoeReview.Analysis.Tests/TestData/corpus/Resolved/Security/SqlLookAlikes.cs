using Dapper;
using Microsoft.Data.SqlClient;

namespace Corpus.Security;

public sealed class SqlLookAlikes(SqlConnection connection)
{
    private const string Table = "Users";
    private static readonly HashSet<string> s_columns = ["Name", "Email"];

    public IEnumerable<User> All() => connection.Query<User>("SELECT * FROM " + Table + " ORDER BY Id");

    public IEnumerable<User> Page(int skip, int take) =>
        connection.Query<User>($"SELECT * FROM {Table} ORDER BY Id OFFSET {skip} ROWS FETCH NEXT {take} ROWS ONLY");

    public IEnumerable<User> Sorted(string column)
    {
        if (!s_columns.Contains(column))
        {
            throw new ArgumentException("unknown column", nameof(column));
        }

        return connection.Query<User>("SELECT * FROM Users ORDER BY " + column);
    }

    public int Run(string sql) => connection.Execute(sql);

    public IEnumerable<User> ByName(string name) => connection.Query<User>("SELECT * FROM Users WHERE Name = @name", new { name });
}
