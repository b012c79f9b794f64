// Every jest test file sees the shipped policy versions, as the API and the worker do after their start.
import { registerPolicyFiles } from '#policy';

registerPolicyFiles();
