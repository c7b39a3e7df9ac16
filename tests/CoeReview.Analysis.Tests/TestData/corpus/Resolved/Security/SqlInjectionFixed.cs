using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace Corpus.Security;

public sealed class SqlInjectionFixed(SqlConnection connection, ShopContext db)
{
    public int CountByName(string name)
    {
        var cmd = new SqlCommand("SELECT COUNT(*) FROM Users WHERE Name = @name", connection);
        cmd.Parameters.AddWithValue("@name", name);
        return (int)cmd.ExecuteScalar()!;
    }

    public IEnumerable<User> Search(string term) =>
        connection.Query<User>("SELECT * FROM Users WHERE Name LIKE @term", new { term = "%" + term + "%" });

    public void Rename(string oldName, string newName) =>
        db.Database.ExecuteSql($"UPDATE Users SET Name = {newName} WHERE Name = {oldName}");

    public IQueryable<User> ByEmail(string email) => db.Users.FromSql($"SELECT * FROM Users WHERE Email = {email}");

    public void Delete(int id)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "DELETE FROM Users WHERE Id = " + id;
        cmd.ExecuteNonQuery();
    }
}
