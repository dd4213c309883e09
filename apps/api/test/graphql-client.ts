import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; fields?: Record<string, string> };
}

export interface GraphqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphqlError[];
}

/**
 * Talks to the API over real HTTP as one person would: it keeps that person's session
 * cookie between calls. Documents may be typed (TypedDocumentNode) or plain strings.
 */
export class GraphqlClient {
  private cookie = '';

  constructor(private readonly base: string) {}

  /** Sends one operation; returns data and errors without throwing on GraphQL errors. */
  async request<T = Record<string, unknown>, V = Record<string, unknown>>(
    query: string | TypedDocumentNode<T, V>,
    variables?: V,
  ): Promise<GraphqlResponse<T>> {
    const body = JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables });
    return this.raw<T>(body);
  }

  /** Sends a raw body (for malformed-input tests). */
  async raw<T>(body: string, headers: Record<string, string> = {}): Promise<GraphqlResponse<T>> {
    const res = await fetch(`${this.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body,
    });
    const setCookie = res.headers.getSetCookie();
    for (const c of setCookie) {
      const pair = c.split(';')[0];
      if (pair.startsWith('cg.sid=')) this.cookie = pair.endsWith('=') ? '' : pair;
    }
    const text = await res.text();
    let json: { data?: T | null; errors?: GraphqlError[] } = {};
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      json = { errors: [{ message: text, extensions: { code: `HTTP_${res.status}` } }] };
    }
    return { status: res.status, ...json };
  }

  /** Sends an operation and fails loudly if it returned errors. */
  async ok<T = Record<string, unknown>, V = Record<string, unknown>>(
    query: string | TypedDocumentNode<T, V>,
    variables?: V,
  ): Promise<T> {
    const result = await this.request<T, V>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result)}`);
    }
    return result.data;
  }

  /** Forgets the session cookie (as if the browser were closed). */
  forgetCookie(): void {
    this.cookie = '';
  }

  get sessionCookie(): string {
    return this.cookie;
  }
}
