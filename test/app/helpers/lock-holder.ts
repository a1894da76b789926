// A replica that takes the per-PR lock and then hangs on to it, renewing,
// until it is killed: test/app/redis-lock.test.ts kills it with SIGKILL.
// argv: redis URL, key, TTL in ms.
import { Redis } from "ioredis";
import { RedisLock } from "../../../app/redis-lock.js";

const [url = "", key = "", ttl = "300"] = process.argv.slice(2);
const lock = new RedisLock(new Redis(url), { ttlMs: Number(ttl), waitMs: 5_000 });
await lock.withLock(key, async () => {
  console.log("held");
  await new Promise(() => {});
});
