# A long function: jumps and constant indexes past 255 need EXTENDED_ARG, and line
# numbers past 999 widen the line column.
def big(x):
    total = 0
    for i in range(x):
        if i == 0:
            total += 0.5
        if i == 1:
            total += 1.5
        if i == 2:
            total += 2.5
        if i == 3:
            total += 3.5
        if i == 4:
            total += 4.5
        if i == 5:
            total += 5.5
        if i == 6:
            total += 6.5
        if i == 7:
            total += 7.5
        if i == 8:
            total += 8.5
        if i == 9:
            total += 9.5
        if i == 10:
            total += 10.5
        if i == 11:
            total += 11.5
        if i == 12:
            total += 12.5
        if i == 13:
            total += 13.5
        if i == 14:
            total += 14.5
        if i == 15:
            total += 15.5
        if i == 16:
            total += 16.5
        if i == 17:
            total += 17.5
        if i == 18:
            total += 18.5
        if i == 19:
            total += 19.5
        if i == 20:
            total += 20.5
        if i == 21:
            total += 21.5
        if i == 22:
            total += 22.5
        if i == 23:
            total += 23.5
        if i == 24:
            total += 24.5
        if i == 25:
            total += 25.5
        if i == 26:
            total += 26.5
        if i == 27:
            total += 27.5
        if i == 28:
            total += 28.5
        if i == 29:
            total += 29.5
        if i == 30:
            total += 30.5
        if i == 31:
            total += 31.5
        if i == 32:
            total += 32.5
        if i == 33:
            total += 33.5
        if i == 34:
            total += 34.5
        if i == 35:
            total += 35.5
        if i == 36:
            total += 36.5
        if i == 37:
            total += 37.5
        if i == 38:
            total += 38.5
        if i == 39:
            total += 39.5
        if i == 40:
            total += 40.5
        if i == 41:
            total += 41.5
        if i == 42:
            total += 42.5
        if i == 43:
            total += 43.5
        if i == 44:
            total += 44.5
        if i == 45:
            total += 45.5
        if i == 46:
            total += 46.5
        if i == 47:
            total += 47.5
        if i == 48:
            total += 48.5
        if i == 49:
            total += 49.5
        if i == 50:
            total += 50.5
        if i == 51:
            total += 51.5
        if i == 52:
            total += 52.5
        if i == 53:
            total += 53.5
        if i == 54:
            total += 54.5
        if i == 55:
            total += 55.5
        if i == 56:
            total += 56.5
        if i == 57:
            total += 57.5
        if i == 58:
            total += 58.5
        if i == 59:
            total += 59.5
        if i == 60:
            total += 60.5
        if i == 61:
            total += 61.5
        if i == 62:
            total += 62.5
        if i == 63:
            total += 63.5
        if i == 64:
            total += 64.5
        if i == 65:
            total += 65.5
        if i == 66:
            total += 66.5
        if i == 67:
            total += 67.5
        if i == 68:
            total += 68.5
        if i == 69:
            total += 69.5
        if i == 70:
            total += 70.5
        if i == 71:
            total += 71.5
        if i == 72:
            total += 72.5
        if i == 73:
            total += 73.5
        if i == 74:
            total += 74.5
        if i == 75:
            total += 75.5
        if i == 76:
            total += 76.5
        if i == 77:
            total += 77.5
        if i == 78:
            total += 78.5
        if i == 79:
            total += 79.5
        if i == 80:
            total += 80.5
        if i == 81:
            total += 81.5
        if i == 82:
            total += 82.5
        if i == 83:
            total += 83.5
        if i == 84:
            total += 84.5
        if i == 85:
            total += 85.5
        if i == 86:
            total += 86.5
        if i == 87:
            total += 87.5
        if i == 88:
            total += 88.5
        if i == 89:
            total += 89.5
        if i == 90:
            total += 90.5
        if i == 91:
            total += 91.5
        if i == 92:
            total += 92.5
        if i == 93:
            total += 93.5
        if i == 94:
            total += 94.5
        if i == 95:
            total += 95.5
        if i == 96:
            total += 96.5
        if i == 97:
            total += 97.5
        if i == 98:
            total += 98.5
        if i == 99:
            total += 99.5
        if i == 100:
            total += 100.5
        if i == 101:
            total += 101.5
        if i == 102:
            total += 102.5
        if i == 103:
            total += 103.5
        if i == 104:
            total += 104.5
        if i == 105:
            total += 105.5
        if i == 106:
            total += 106.5
        if i == 107:
            total += 107.5
        if i == 108:
            total += 108.5
        if i == 109:
            total += 109.5
        if i == 110:
            total += 110.5
        if i == 111:
            total += 111.5
        if i == 112:
            total += 112.5
        if i == 113:
            total += 113.5
        if i == 114:
            total += 114.5
        if i == 115:
            total += 115.5
        if i == 116:
            total += 116.5
        if i == 117:
            total += 117.5
        if i == 118:
            total += 118.5
        if i == 119:
            total += 119.5
        if i == 120:
            total += 120.5
        if i == 121:
            total += 121.5
        if i == 122:
            total += 122.5
        if i == 123:
            total += 123.5
        if i == 124:
            total += 124.5
        if i == 125:
            total += 125.5
        if i == 126:
            total += 126.5
        if i == 127:
            total += 127.5
        if i == 128:
            total += 128.5
        if i == 129:
            total += 129.5
        if i == 130:
            total += 130.5
        if i == 131:
            total += 131.5
        if i == 132:
            total += 132.5
        if i == 133:
            total += 133.5
        if i == 134:
            total += 134.5
        if i == 135:
            total += 135.5
        if i == 136:
            total += 136.5
        if i == 137:
            total += 137.5
        if i == 138:
            total += 138.5
        if i == 139:
            total += 139.5
    return total
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
# filler
def late(y):
    while y:
        y -= 1
    return y
