const fs = require('fs');
const path = require('path');

function writeReport(report) {
  const file = { name: `report-${report.id}.json`, body: JSON.stringify(report) };
  fs.writeFileSync(path.join(__dirname, 'reports', file.name), file.body);
}

module.exports = { writeReport };
