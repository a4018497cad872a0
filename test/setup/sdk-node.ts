// Every test process: Node SDK clients send copies of their frames, as a browser does (see the module).
import '../../cli/lib/sdk-node';
