using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace Corpus.Security;

public sealed class SqlInjection(SqlConnection connection, ShopContext db)
{
    public int CountByName(string name)
    {
        var cmd = new SqlCommand("SELECT COUNT(*) FROM Users WHERE Name = '" + name + "'", connection); // expect: sql-injection
        return (int)cmd.ExecuteScalar()!;
    }

    public IEnumerable<User> Search(string term)
    {
        var sql = $"SELECT * FROM Users WHERE Name LIKE '%{term}%'";
        return connection.Query<User>(sql); // expect: sql-injection
    }

    public void Rename(string oldName, string newName)
    {
        db.Database.ExecuteSqlRaw(string.Format("UPDATE Users SET Name = '{0}' WHERE Name = '{1}'", newName, oldName)); // expect: sql-injection
    }

    public IQueryable<User> ByEmail(string email) => db.Users.FromSqlRaw($"SELECT * FROM Users WHERE Email = '{email}'"); // expect: sql-injection

    public void Delete(string id)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "DELETE FROM Users WHERE Id = " + id; // expect: sql-injection
        cmd.ExecuteNonQuery();
    }

    public int Purge(string table, string where)
    {
        var builder = new System.Text.StringBuilder("DELETE FROM ");
        builder.Append(table).Append(" WHERE ").Append(where);
        return connection.Execute(builder.ToString()); // expect: sql-injection
    }
}
