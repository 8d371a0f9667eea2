from_grid = ['S.#.....', '.##.###.', '....#...', '.##...#E']
grid = [list(r) for r in from_grid]
R, C = len(grid), len(grid[0])
start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == 'S')
end = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == 'E')
dist = {start: 0}
frontier = [start]
while frontier:
    nxt = []
    for r, c in frontier:
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != '#' and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                nxt.append((nr, nc))
    frontier = nxt
print(start, end, dist[end], len(dist))
for r in range(R):
    print(''.join(str(dist[(r, c)] % 10) if (r, c) in dist else '#' for c in range(C)))
