import request from 'supertest';
type Server = string;

let counter = 0;
export const uniqueEmail = (tag = 'user') => `${tag}.${Date.now().toString(36)}.${(counter += 1)}@example.com`;
export const STRONG_PASSWORD = 'violet-otter-keyboard-42';

export async function register(server: Server, overrides: Partial<{ email: string; password: string; first_name: string; last_name: string }> = {}) {
  const body = { email: uniqueEmail(), password: STRONG_PASSWORD, first_name: 'Ada', last_name: 'Lovelace', ...overrides };
  const res = await request(server).post('/api/v1/auth/register').send(body);
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { ...res.body.data, email: body.email, password: body.password } as {
    user: { id: string; email: string; role: string };
    access_token: string;
    refresh_token: string;
    email: string;
    password: string;
  };
}

export async function login(server: Server, email: string, password: string) {
  const res = await request(server).post('/api/v1/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { access_token: string; refresh_token: string; user: { id: string; role: string } };
}
