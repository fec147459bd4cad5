import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import { charColumnsOfRows, poolConfigFromUrl } from "./connection";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * adapter-pg 6.19's executeScript splits migrations on every ";", which breaks dollar-quoted function
 * bodies. A script is sent whole instead: the simple query protocol runs it as one implicit transaction.
 */
function routeAroundAdapterBugs(adapter: Adapter): Adapter {
  const pool = adapter.underlyingDriver();
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsOfRows.get(result.rows) ?? []) {
      result.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return result;
  };
  return adapter;
}

/**
 * adapter-pg's factory with its migration bugs routed around: scripts are sent whole, and the shadow
 * database is dropped only after its pool has closed (6.19 drops it while still connected and leaves
 * `prisma_migrate_shadow_db_*` behind).
 */
export class PaylanePgAdapterFactory extends PrismaPg {
  constructor(
    private readonly url: string,
    max?: number,
  ) {
    super(poolConfigFromUrl(url, max));
  }

  override async connect() {
    return routeAroundAdapterBugs(await super.connect());
  }

  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = routeAroundAdapterBugs(
      await new PrismaPg({ ...poolConfigFromUrl(this.url, 2), database }).connect(),
    );
    const closeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await closeShadow();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await main.dispose();
    };
    return shadow;
  }
}
