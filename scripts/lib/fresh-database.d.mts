export interface FreshDatabase {
  url: string;
  provider: "sqlite" | "postgresql";
  drop(): Promise<void>;
}
export function isPostgresUrl(url: string | undefined): boolean;
export function createFreshDatabase(baseUrl: string, label?: string): Promise<FreshDatabase>;
