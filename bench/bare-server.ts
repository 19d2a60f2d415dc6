// The baseline: a bare Fastify route with no session, policy, audit or database.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', async () => ({
  id: '00000000-0000-0000-0000-000000000000',
  sex: 'female',
  ageBand: '25-34',
}));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('ready');
