import {
  intlLocale,
  RESOURCE_KINDS,
  RESOURCE_ORIGINS,
  type AspectId,
  type Lang,
  type ResourceKind,
  type ResourceOrigin,
  type TopicId,
} from '../content/model.js';
import type { AspectNote, Resource } from '../content/schema/resources.js';
import type { Reason, ScanResult } from './scan-result.js';

/**
 * The resources a recommender works with: the bundled ones in their order, a partner resource with
 * the id of a bundled one in its place, and the partner's new resources after them.
 */
export function mergeResources(defaults: readonly Resource[], partner: readonly Resource[] = []): Resource[] {
  const byId = new Map(partner.map((r) => [r.id, r]));
  const known = new Set(defaults.map((r) => r.id));
  return [...defaults.map((r) => byId.get(r.id) ?? r), ...partner.filter((r) => !known.has(r.id))];
}

/** The topics in the unordered view: the mandatory modules first, then the rest, each in the given order. */
export function topicOrder(topics: readonly TopicId[], mandatory: readonly AspectId[]): TopicId[] {
  const isMandatory = (t: TopicId) => (mandatory as readonly string[]).includes(t);
  return [...topics.filter(isMandatory), ...topics.filter((t) => !isMandatory(t))];
}

/** What the person filters on: kinds (none means every kind) and a longest duration in minutes. */
export interface ResourceFilter {
  readonly kinds?: readonly ResourceKind[];
  /** Only material with a known duration of at most this many minutes; absent means any length. */
  readonly maxMinutes?: number;
}

/** The length choices a recommender offers, in minutes. */
export const LENGTH_LIMITS = [30, 60, 90] as const;

/** True when a resource passes the filter. Material of unknown length never passes a length limit. */
export function matchesFilter(resource: Resource, filter: ResourceFilter = {}): boolean {
  if (filter.kinds?.length && !filter.kinds.includes(resource.kind)) return false;
  if (filter.maxMinutes === undefined) return true;
  return resource.durationMinutes !== undefined && resource.durationMinutes <= filter.maxMinutes;
}

/** The material of one origin within a topic, or the report's note that there is none. */
export interface TopicPart {
  readonly origin: ResourceOrigin;
  /** The resources that pass the filter. */
  readonly resources: readonly Resource[];
  /** How many there are before filtering. */
  readonly total: number;
  /** Said when there is no material of this origin at all. */
  readonly note?: AspectNote;
}

export interface TopicGroup {
  readonly topic: TopicId;
  readonly mandatory: boolean;
  /** The scan's reasons for a focus topic (see `ScanResult`); empty for every other topic. */
  readonly reasons: readonly Reason[];
  /** Per origin, in the report's order (self-study, then the regional offer); origins with neither material nor note left out. */
  readonly parts: readonly TopicPart[];
}

export interface Recommendation {
  /** The scan's focus topics, in the scan's order. Empty without a result. */
  readonly focus: readonly TopicGroup[];
  /** Every other topic: mandatory modules first, then the given order. */
  readonly rest: readonly TopicGroup[];
}

export interface RecommendOptions {
  /** The topics to show, in their order (the report's order by default). */
  readonly topics: readonly TopicId[];
  readonly mandatory: readonly AspectId[];
  readonly notes?: readonly AspectNote[];
  readonly result?: ScanResult;
  readonly filter?: ResourceFilter;
}

/** Groups the material by topic and orders the groups, by the scan's focus when there is a result. */
export function recommend(resources: readonly Resource[], options: RecommendOptions): Recommendation {
  const { topics, mandatory, notes = [], result, filter } = options;
  const group = (topic: TopicId): TopicGroup => ({
    topic,
    mandatory: (mandatory as readonly string[]).includes(topic),
    reasons: result?.aspects.find((a) => a.id === topic)?.reasons ?? [],
    parts: RESOURCE_ORIGINS.flatMap((origin) => {
      const all = resources.filter((r) => r.origin === origin && r.aspects.includes(topic));
      const note = all.length ? undefined : notes.find((n) => n.aspect === topic && n.origin === origin);
      if (!all.length && !note) return [];
      return [{ origin, resources: all.filter((r) => matchesFilter(r, filter)), total: all.length, note }];
    }),
  });
  const focusIds = [...new Set(result?.focus ?? [])].filter((t) => topics.includes(t));
  const rest = topicOrder(topics, mandatory).filter((t) => !(focusIds as readonly string[]).includes(t));
  return {
    focus: focusIds.map(group),
    rest: rest.map((t) => ({ ...group(t), reasons: [] })),
  };
}

/** How many different resources the groups show (one offering listed under two topics counts once). */
export function countResources(groups: readonly TopicGroup[]): number {
  return new Set(groups.flatMap((g) => g.parts.flatMap((p) => p.resources.map((r) => r.id)))).size;
}

/** The kinds that occur in the resources, in the model's order: the choices of a kind filter. */
export function kindsIn(resources: readonly Resource[]): ResourceKind[] {
  return RESOURCE_KINDS.filter((k) => resources.some((r) => r.kind === k));
}

export interface ModuleProgress {
  readonly aspect: AspectId;
  readonly done: number;
  readonly total: number;
}

/** Progress per mandatory self-study module: its self-study resources, and how many of them are done. */
export function moduleProgress(
  resources: readonly Resource[],
  mandatory: readonly AspectId[],
  done: ReadonlySet<string>,
): ModuleProgress[] {
  return mandatory.map((aspect) => {
    const own = resources.filter((r) => r.origin === 'self_study' && r.aspects.includes(aspect));
    return { aspect, done: own.filter((r) => done.has(r.id)).length, total: own.length };
  });
}

/** A duration the reader's way: `20 minuten`, `1 uur`, `2,5 uur`, `1 uur en 15 minuten` (or in English). */
export function formatDuration(minutes: number, lang: Lang): string {
  const en = lang === 'en';
  const number = (n: number) => new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 1 }).format(n);
  const mins = (n: number) => (en ? `${n} minute${n === 1 ? '' : 's'}` : `${n} ${n === 1 ? 'minuut' : 'minuten'}`);
  const hours = (n: number) => (en ? `${number(n)} hour${n === 1 ? '' : 's'}` : `${number(n)} uur`);
  if (minutes < 60) return mins(minutes);
  if (minutes % 30 === 0) return hours(minutes / 60);
  const whole = Math.floor(minutes / 60);
  return `${hours(whole)}${en ? ' ' : ' en '}${mins(minutes % 60)}`;
}

/** One of the few items a recommender shows first, and why. */
export interface TopPick {
  readonly resource: Resource;
  readonly topic: TopicId;
  /** `mandatory`: the first item not done of a mandatory module; `focus`: the first of a focus topic of the scan. */
  readonly why: 'mandatory' | 'focus';
  /** The scan's reasons for a focus topic; empty for a mandatory module. */
  readonly reasons: readonly Reason[];
}

/**
 * The few items that matter most: per mandatory module (in the order of `mandatory`, the learning
 * path's) its first self-study item that passes the filter and is not done; then per focus topic of
 * the scan (in its order) its first item that passes the filter, is not done and is not picked yet
 * (self-study before the regional offer). At most `limit` in all.
 */
export function topPicks(
  recommendation: Recommendation,
  options: { readonly mandatory: readonly AspectId[]; readonly done: ReadonlySet<string>; readonly limit?: number },
): TopPick[] {
  const { mandatory, done, limit = 5 } = options;
  const picks: TopPick[] = [];
  const taken = new Set<string>();
  const all = [...recommendation.focus, ...recommendation.rest];
  const first = (group: TopicGroup, origins: readonly ResourceOrigin[]) =>
    group.parts
      .filter((p) => origins.includes(p.origin))
      .flatMap((p) => p.resources)
      .find((r) => !done.has(r.id) && !taken.has(r.id));
  const add = (group: TopicGroup | undefined, origins: readonly ResourceOrigin[], why: TopPick['why']) => {
    const resource = group && first(group, origins);
    if (!group || !resource || picks.length >= limit) return;
    taken.add(resource.id);
    picks.push({ resource, topic: group.topic, why, reasons: why === 'focus' ? group.reasons : [] });
  };
  for (const aspect of mandatory) add(all.find((g) => g.topic === aspect && g.mandatory), ['self_study'], 'mandatory');
  for (const group of recommendation.focus) add(group, RESOURCE_ORIGINS, 'focus');
  return picks;
}
