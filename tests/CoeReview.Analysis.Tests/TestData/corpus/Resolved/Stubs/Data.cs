// Minimal stand-ins for ADO.NET providers, Dapper, EF Core, Newtonsoft and legacy serializers.
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace Microsoft.Data.SqlClient
{
    public sealed class SqlConnection(string connectionString) : DbConnection
    {
        [AllowNull] public override string ConnectionString { get; set; } = connectionString;
        public override string Database => "";
        public override string DataSource => "";
        public override string ServerVersion => "";
        public override ConnectionState State => ConnectionState.Closed;
        public override void ChangeDatabase(string databaseName) { }
        public override void Close() { }
        public override void Open() { }
        protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => throw new NotSupportedException();
        protected override DbCommand CreateDbCommand() => new SqlCommand("", this);
    }

    public sealed class SqlCommand(string cmdText, SqlConnection connection) : DbCommand
    {
        [AllowNull] public override string CommandText { get; set; } = cmdText;
        public override int CommandTimeout { get; set; }
        public override CommandType CommandType { get; set; }
        public override bool DesignTimeVisible { get; set; }
        public override UpdateRowSource UpdatedRowSource { get; set; }
        protected override DbConnection? DbConnection { get; set; } = connection;
        protected override DbParameterCollection DbParameterCollection => throw new NotSupportedException();
        protected override DbTransaction? DbTransaction { get; set; }
        public override void Cancel() { }
        public override int ExecuteNonQuery() => 0;
        public override object? ExecuteScalar() => null;
        public override void Prepare() { }
        protected override DbParameter CreateDbParameter() => throw new NotSupportedException();
        protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => throw new NotSupportedException();
        public SqlParameterCollection Parameters { get; } = new();
    }

    public sealed class SqlParameterCollection
    {
        public void AddWithValue(string name, object? value) { }
    }
}

namespace Dapper
{
    public static class SqlMapper
    {
        public static IEnumerable<T> Query<T>(this IDbConnection connection, string sql, object? param = null) => [];
        public static Task<IEnumerable<T>> QueryAsync<T>(this IDbConnection connection, string sql, object? param = null) => Task.FromResult<IEnumerable<T>>([]);
        public static int Execute(this IDbConnection connection, string sql, object? param = null) => 0;
    }
}

namespace Microsoft.EntityFrameworkCore
{
    using System.Linq.Expressions;

    public class DbContext
    {
        public DatabaseFacade Database { get; } = new();
        public int SaveChanges() => 0;
    }

    public sealed class DatabaseFacade { }

    public abstract class DbSet<T> : IQueryable<T> where T : class
    {
        public abstract Type ElementType { get; }
        public abstract Expression Expression { get; }
        public abstract IQueryProvider Provider { get; }
        public abstract IEnumerator<T> GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        public abstract T? Find(params object[] keys);
    }

    public static class RelationalQueryableExtensions
    {
        public static IQueryable<T> FromSqlRaw<T>(this DbSet<T> set, string sql, params object[] parameters) where T : class => set;
        public static IQueryable<T> FromSql<T>(this DbSet<T> set, FormattableString sql) where T : class => set;
    }

    public static class RelationalDatabaseFacadeExtensions
    {
        public static int ExecuteSqlRaw(this DatabaseFacade database, string sql, params object[] parameters) => 0;
        public static int ExecuteSql(this DatabaseFacade database, FormattableString sql) => 0;
    }

    public static class EntityFrameworkQueryableExtensions
    {
        public static Task<T?> FirstOrDefaultAsync<T>(this IQueryable<T> source, Expression<Func<T, bool>> predicate, CancellationToken ct = default) => Task.FromResult(default(T));
        public static Task<List<T>> ToListAsync<T>(this IQueryable<T> source, CancellationToken ct = default) => Task.FromResult(new List<T>());
    }
}

namespace Newtonsoft.Json
{
    public enum TypeNameHandling { None, Objects, Arrays, All, Auto }
    public sealed class JsonSerializerSettings { public TypeNameHandling TypeNameHandling { get; set; } }
    public static class JsonConvert
    {
        public static T? DeserializeObject<T>(string value, JsonSerializerSettings? settings = null) => default;
    }
}

namespace System.Web.Script.Serialization
{
    public abstract class JavaScriptTypeResolver { }
    public sealed class SimpleTypeResolver : JavaScriptTypeResolver { }
    public sealed class JavaScriptSerializer
    {
        public JavaScriptSerializer() { }
        public JavaScriptSerializer(JavaScriptTypeResolver? resolver) { }
        public T? Deserialize<T>(string input) => default;
    }
}

namespace System.Web.UI
{
    public sealed class LosFormatter { public object? Deserialize(string input) => null; }
}

namespace System.DirectoryServices
{
    public sealed class DirectoryEntry(string path) { public string Path { get; } = path; }
    public sealed class SearchResult { }
    public sealed class DirectorySearcher
    {
        public DirectorySearcher() { }
        public DirectorySearcher(string filter) => Filter = filter;
        public DirectorySearcher(DirectoryEntry root, string filter) => Filter = filter;
        public string Filter { get; set; } = "";
        public SearchResult? FindOne() => null;
    }
}
