# pattern: aiosqlite LIKE search with the wildcard pattern passed as a parameter (who2ask dbops.py ('%'+query+'%',) shape)
import aiosqlite

DB_PATH = "bot.db"


async def search_quotes(guild_id: int, needle: str, limit: int = 10):
    pattern = "%" + needle.replace("%", r"\%").replace("_", r"\_") + "%"
    query = "SELECT id, author, body FROM quotes WHERE guild_id = ? AND body LIKE ? ESCAPE '\\' LIMIT ?"
    async with aiosqlite.connect(DB_PATH) as db:
        db.row_factory = aiosqlite.Row
        async with db.execute(query, (guild_id, pattern, limit)) as cursor:
            return [dict(row) for row in await cursor.fetchall()]


async def quote_command(ctx, *, text: str):
    results = await search_quotes(ctx.guild.id, text)
    if not results:
        await ctx.send("No quotes found.")
        return
    await ctx.send("\n".join(f"#{r['id']} {r['author']}: {r['body']}" for r in results))
