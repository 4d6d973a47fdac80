using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Chesanto.Domain.Data;

public sealed class SqliteChesantoDbContext(DbContextOptions<SqliteChesantoDbContext> options) : ChesantoDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite cannot compare or sort DateTimeOffset; we store UTC ticks so queries can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class SqlServerChesantoDbContext(DbContextOptions<SqlServerChesantoDbContext> options) : ChesantoDbContext(options);
