// Benchmark only (bench/floor-extension): an empty content script, the floor of what any content script costs.
