// pattern: controller module using req.file from multer memoryStorage configured in the router file (MVC-style Express apps); flaw at line 14
const fs = require('fs/promises');
const path = require('path');
const Profile = require('../models/profile');

const RESUME_DIR = path.resolve(__dirname, '../../storage/resumes');

exports.uploadResume = async (req, res, next) => {
  try {
    if (!req.file) return res.status(400).json({ message: 'Resume file is required' });

    const { originalname, buffer, size } = req.file;
    const target = path.join(RESUME_DIR, `${req.user.id}_${originalname}`);
    await fs.writeFile(target, buffer);

    await Profile.updateOne({ user: req.user.id }, { resumePath: target, resumeSize: size });
    res.status(201).json({ message: 'Resume uploaded' });
  } catch (err) {
    next(err);
  }
};
