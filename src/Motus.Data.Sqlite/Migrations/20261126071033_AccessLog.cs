using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Motus.Data.Sqlite.Migrations.Accounts
{
    /// <inheritdoc />
    public partial class AccessLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    TokenId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RemoteIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessLog", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_At",
                table: "AccessLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_UserId_Id",
                table: "AccessLog",
                columns: new[] { "UserId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_UserName_Id",
                table: "AccessLog",
                columns: new[] { "UserName", "Id" });

            // Append-only at the database level, like the clinical audit trail (AUD-05); not hash-chained (ADR 0005, addendum).
            migrationBuilder.Sql("""
                CREATE TRIGGER AccessLog_NoUpdate BEFORE UPDATE ON AccessLog
                BEGIN SELECT RAISE(ABORT, 'access log rows are append-only'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER AccessLog_NoDelete BEFORE DELETE ON AccessLog
                BEGIN SELECT RAISE(ABORT, 'access log rows are append-only'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER AccessLog_NoUpdate;");
            migrationBuilder.Sql("DROP TRIGGER AccessLog_NoDelete;");
            migrationBuilder.DropTable(
                name: "AccessLog");
        }
    }
}
