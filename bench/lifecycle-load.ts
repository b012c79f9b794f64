// The lifecycle as departments, experts and officers drive it over HTTP: each call timed by its route.
import { readFileSync } from 'node:fs';
import { Agent, type OutgoingHttpHeaders, request } from 'node:http';
import { signToken } from '#auth';
import { DEMO_USERS } from '#persistence';
import type { Latencies } from './stats.js';

type User = 'kim.manager' | 'park.expert' | 'jung.officer';
interface TaskView {
  id: string;
  kind: string;
  status: string;
}

const DRAFT = JSON.parse(readFileSync('docs/examples/proposal.json', 'utf8')) as object;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// node:http on kept-alive sockets rather than fetch: the load generator shares the two cores with the system
// it measures, and fetch spent about twice the CPU per request. With an agent timeout (only then) Node
// closes an idle socket a second before the server's announced keep-alive timeout (5 s), rather than
// send a request on a socket the server is closing (ECONNRESET) after a pause such as a floor block.
const agent = new Agent({ keepAlive: true, maxSockets: 100, timeout: 60_000 });

function send(url: URL, method: string, headers: OutgoingHttpHeaders, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method, headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

export class LifecycleLoad {
  private readonly tokens: Record<User, string>;

  constructor(
    private readonly baseUrl: string,
    secret: string,
    private readonly latencies: Latencies,
  ) {
    const token = (id: User) => {
      const u = DEMO_USERS.find((user) => user.id === id)!;
      return signToken({ sub: u.id, name: u.name, roles: u.roles, dept: u.departmentCode, domains: u.domains } as never, secret);
    };
    this.tokens = {
      'kim.manager': token('kim.manager'),
      'park.expert': token('park.expert'),
      'jung.officer': token('jung.officer'),
    };
  }

  /** POST /api/proposals/:id/submit and friends; `name` is the route the latency is filed under. */
  async call(name: string, as: User, method: string, path: string, body?: unknown, ok = [200, 201, 202]): Promise<any> {
    const json = body === undefined ? undefined : JSON.stringify(body);
    const headers = {
      authorization: `Bearer ${this.tokens[as]}`,
      ...(json === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) }),
    };
    const reply = await this.latencies.time(name, () => send(new URL(path, this.baseUrl), method, headers, json));
    if (!ok.includes(reply.status)) throw new Error(`${method} ${path}: ${reply.status} ${reply.text.slice(0, 200)}`);
    return reply.text ? JSON.parse(reply.text) : undefined;
  }

  /** A tier I draft submitted: screened, its review in the expert's inbox. */
  async submitted(): Promise<string> {
    const { id } = await this.call('POST /api/proposals', 'kim.manager', 'POST', '/api/proposals', DRAFT);
    await this.call('POST /api/proposals/:id/submit', 'kim.manager', 'POST', `/api/proposals/${id}/submit`);
    return id;
  }

  /** Submitted, and its review claimed: what a decision is sent on. */
  async claimedReview(): Promise<string> {
    const id = await this.submitted();
    const review = await this.openTask(id, 'expert_review');
    await this.call('POST /api/tasks/:id/claim', 'park.expert', 'POST', `/api/tasks/${review.id}/claim`);
    return review.id;
  }

  completeReview(taskId: string): Promise<unknown> {
    return this.call('POST /api/tasks/:id/complete', 'park.expert', 'POST', `/api/tasks/${taskId}/complete`, {
      decision: 'approve',
      comment: 'Benchmark review.',
    });
  }

  /** From create to DEPLOYED: review, sign-off and deployment included. */
  async toDeployed(): Promise<string> {
    const id = await this.submitted();
    const review = await this.openTask(id, 'expert_review');
    await this.call('POST /api/tasks/:id/claim', 'park.expert', 'POST', `/api/tasks/${review.id}/claim`);
    await this.completeReview(review.id);
    const signoff = await this.openTask(id, 'ethics_signoff');
    await this.call('POST /api/tasks/:id/complete', 'jung.officer', 'POST', `/api/tasks/${signoff.id}/complete`, {
      decision: 'approve',
      comment: 'Benchmark sign-off.',
    });
    await this.call('POST /api/proposals/:id/deployment', 'kim.manager', 'POST', `/api/proposals/${id}/deployment`, {
      version: '1.0.0',
      evidence: {},
    });
    return id;
  }

  private async openTask(proposalId: string, kind: string): Promise<TaskView> {
    for (let tries = 0; tries < 200; tries++) {
      const proposal = await this.call('GET /api/proposals/:id', 'kim.manager', 'GET', `/api/proposals/${proposalId}`);
      const task = (proposal.tasks as TaskView[]).find((t) => t.kind === kind && t.status === 'open');
      if (task) return task;
      await sleep(50);
    }
    throw new Error(`no open ${kind} task on ${proposalId}`);
  }
}
