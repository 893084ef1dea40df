/** Worker thread entry: runs tasks sent by the pool, one at a time. */
import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from '../lint/task.js';

parentPort!.on('message', (message: { id: number; task: Task }) => {
  parentPort!.postMessage({ id: message.id, result: runTask(message.task) });
});
