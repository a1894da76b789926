import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import {
  checkWriteLimits,
  type Reserved,
  type WriteBudget,
  type WriteLimits,
} from "../engine/protection/reconcile.js";

/** Where each installation's writes are counted, apart from the locks and Bottleneck's keys. */
export const BUDGET_PREFIX = "pilot-gate:writes:";

/**
 * Reserves ARGV[1] writes (members ARGV[4]:0, :1...) when both windows
 * have room; else answers how long until they would. One script, so two
 * replicas never both take the last room. Time is Redis's own (TIME), so
 * replicas whose clocks differ still count one window. The oldest writes
 * that must leave a window first are found by rank, as in
 * `LocalWriteBudget.waitFor`.
 */
const RESERVE = `
local t = redis.call("TIME")
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local writes = tonumber(ARGV[1])
redis.call("ZREMRANGEBYSCORE", KEYS[1], "-inf", now - 3600000)
local function wait(window, limit)
  local since = "(" .. (now - window)
  local over = redis.call("ZCOUNT", KEYS[1], since, "+inf") + math.min(writes, limit) - limit
  if over <= 0 then return 0 end
  local oldest = redis.call("ZRANGEBYSCORE", KEYS[1], since, "+inf", "WITHSCORES", "LIMIT", over - 1, 1)
  return tonumber(oldest[2]) + window - now
end
local waitMs = math.max(wait(60000, tonumber(ARGV[2])), wait(3600000, tonumber(ARGV[3])))
if waitMs > 0 then return waitMs end
for i = 0, writes - 1 do redis.call("ZADD", KEYS[1], now, ARGV[4] .. ":" .. i) end
redis.call("PEXPIRE", KEYS[1], 3600000)
return 0
`;

/**
 * Settles reservation ARGV[1] of ARGV[2] writes at ARGV[3] made: the
 * unused ones leave the set, writes beyond it join it now.
 */
const SETTLE = `
local reserved = tonumber(ARGV[2])
local written = tonumber(ARGV[3])
for i = written, reserved - 1 do redis.call("ZREM", KEYS[1], ARGV[1] .. ":" .. i) end
if written > reserved then
  local t = redis.call("TIME")
  local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
  for i = reserved, written - 1 do redis.call("ZADD", KEYS[1], now, ARGV[1] .. ":" .. i) end
  redis.call("PEXPIRE", KEYS[1], 3600000)
end
return 0
`;

interface BudgetCommands {
  pilotGateReserveWrites(
    key: string,
    writes: number,
    perMinute: number,
    perHour: number,
    id: string,
  ): Promise<number>;
  pilotGateSettleWrites(
    key: string,
    id: string,
    reserved: number,
    written: number,
  ): Promise<number>;
}

/** The client with the budget's scripts defined (once per client; ioredis sends EVALSHA). */
function withScripts(redis: Redis): Redis & BudgetCommands {
  if (!("pilotGateReserveWrites" in redis)) {
    redis.defineCommand("pilotGateReserveWrites", { numberOfKeys: 1, lua: RESERVE });
    redis.defineCommand("pilotGateSettleWrites", { numberOfKeys: 1, lua: SETTLE });
  }
  return redis as Redis & BudgetCommands;
}

export interface RedisReservation {
  id: string;
  writes: number;
}

/**
 * One installation's write budget shared by every replica on one Redis:
 * each write reserved is a member of a sorted set scored by the time it was
 * reserved, and the reserve script counts both sliding windows and takes
 * the room in one step. A Redis that errors makes `reserve` throw; the
 * reconcile then waits and asks again (engine/protection/reconcile.ts), so
 * nothing is written without the budget's say.
 */
export class RedisWriteBudget implements WriteBudget<RedisReservation> {
  readonly limits: WriteLimits;
  readonly #redis: Redis & BudgetCommands;
  readonly #key: string;

  constructor(redis: Redis, installationId: number, limits: WriteLimits) {
    this.limits = checkWriteLimits(limits);
    this.#redis = withScripts(redis);
    this.#key = `${BUDGET_PREFIX}${installationId}`;
  }

  async reserve(writes: number): Promise<Reserved<RedisReservation>> {
    const id = randomUUID();
    const waitMs = Number(
      await this.#redis.pilotGateReserveWrites(
        this.#key,
        writes,
        this.limits.perMinute,
        this.limits.perHour,
        id,
      ),
    );
    return waitMs > 0 ? { ok: false, waitMs } : { ok: true, reservation: { id, writes } };
  }

  async settle(reservation: RedisReservation, written: number): Promise<void> {
    if (written === reservation.writes) return;
    await this.#redis.pilotGateSettleWrites(this.#key, reservation.id, reservation.writes, written);
  }
}
